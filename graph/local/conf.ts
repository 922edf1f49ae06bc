/** neo4j.conf for the local server, rendered from settings. Pure, so tests can read it as text. */
import path from 'node:path';
import type { LocalServerSettings } from '../../src/settings.js';

export function instanceDirs(local: LocalServerSettings) {
  return {
    conf: path.join(local.dbDir, 'conf'),
    data: path.join(local.dbDir, 'data'),
    logs: path.join(local.dbDir, 'logs'),
    run: path.join(local.dbDir, 'run'),
    pidFile: path.join(local.dbDir, 'run', 'neo4j.pid'),
    consoleLog: path.join(local.dbDir, 'logs', 'console.log'),
  };
}

export function renderNeo4jConf(local: LocalServerSettings): string {
  const dirs = instanceDirs(local);
  const lines = [
    '# Written by newsgraph (graph/local/conf.ts) at every start; edit the NEWSGRAPH_* variables instead.',
    `server.default_listen_address=${local.host}`,
    `server.default_advertised_address=${local.host}`,
    `server.bolt.enabled=true`,
    `server.bolt.listen_address=${local.host}:${local.boltPort}`,
    `server.bolt.advertised_address=${local.host}:${local.boltPort}`,
    // Only Bolt: the explorer and CLI never use HTTP, and a closed port cannot be misused.
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${dirs.data}`,
    `server.directories.logs=${dirs.logs}`,
    `server.directories.run=${dirs.run}`,
    `server.directories.import=${path.join(local.dbDir, 'import')}`,
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${local.heapSize}`,
    `server.memory.heap.max_size=${local.heapSize}`,
    `server.memory.pagecache.size=${local.pageCacheSize}`,
    // A laptop default: keep transaction logs small instead of the 2-day default retention.
    'db.tx_log.rotation.retention_policy=2 files',
    'dbms.usage_report.enabled=false',
    // Netty waits a 5 s quiet period per Bolt connector on shutdown; nothing needs it on loopback.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    '',
  ];
  return lines.join('\n');
}
