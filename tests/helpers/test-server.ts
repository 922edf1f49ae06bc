/** The Neo4j that tests use: a local instance of its own, so `npm test` never touches the user's data. */
import path from 'node:path';
import { resolveLocalSettings, type LocalServerSettings } from '../../src/settings.js';

export function testServerSettings(name = 'test-db', port = Number(process.env.NEWSGRAPH_TEST_BOLT_PORT ?? 7688)): LocalServerSettings {
  const local = resolveLocalSettings(process.env);
  return {
    ...local,
    dbDir: path.join(path.dirname(local.dbDir), name),
    boltPort: port,
    heapSize: '1g',
    pageCacheSize: '256m',
  };
}
