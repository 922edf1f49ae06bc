/**
 * The Neo4j that tests use: a local instance of its own, so `npm test` never touches the user's
 * data. NEWSGRAPH_TEST_BOLT_PORT and NEWSGRAPH_TEST_DB_DIR let several checkouts test side by side.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connect } from '../../graph/driver.js';
import { startLocal } from '../../graph/local/launcher.js';
import { localConnection, resolveLocalSettings, type LocalServerSettings } from '../../src/settings.js';

export const TEST_BOLT_PORT = Number(process.env.NEWSGRAPH_TEST_BOLT_PORT ?? 7688);

export function testServerSettings(name = 'test-db', port = TEST_BOLT_PORT): LocalServerSettings {
  const local = resolveLocalSettings(process.env);
  const home = path.dirname(local.dbDir);
  // Other instances (the lifecycle test's) carry their port in the folder name, so checkouts on other ports stay apart.
  const dbDir =
    name === 'test-db'
      ? path.resolve(process.env.NEWSGRAPH_TEST_DB_DIR ?? path.join(home, 'test-db'))
      : path.join(home, `${name}-${port}`);
  return { ...local, dbDir, boltPort: port, heapSize: '1g', pageCacheSize: '256m' };
}

/** The environment for the CLI against an instance a test file runs itself: its folder and port, and no external NEO4J_* settings. */
export function ownServerEnv(local: LocalServerSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_DB_DIR: local.dbDir, NEWSGRAPH_BOLT_PORT: String(local.boltPort) };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
  return env;
}

/** Starts (or finds running) an instance a test file stops and kills itself, its log lines tagged with `label`, and connects to it. */
export async function startOwnServer(local: LocalServerSettings, label: string): Promise<Driver> {
  await startLocal(local, (line) => process.stderr.write(`[${label} neo4j] ${line}\n`));
  return connect(localConnection(local));
}
