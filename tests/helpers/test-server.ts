/**
 * The Neo4j that tests use: a local instance of its own, so `npm test` never touches the user's
 * data. NEWSGRAPH_TEST_BOLT_PORT and NEWSGRAPH_TEST_DB_DIR let several checkouts test side by side.
 */
import path from 'node:path';
import { resolveLocalSettings, type LocalServerSettings } from '../../src/settings.js';

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
