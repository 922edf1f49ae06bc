/**
 * The graph a benchmark writes into: refused when it already holds something (a benchmark must not
 * mix its articles into a user's graph), emptied first with `--wipe`, schema in place either way.
 */
import type { Driver } from 'neo4j-driver';
import { ensureSchema } from '../graph/schema.js';
import { wipeGraph } from '../graph/wipe.js';
import { ConfigError } from '../src/errors.js';

export async function freshBenchGraph(driver: Driver, uri: string, wipe: boolean): Promise<void> {
  const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { routing: 'READ' });
  const existing = Number(records[0]?.get('n') ?? 0);
  if (existing > 0 && !wipe) {
    throw new ConfigError(`The graph at ${uri} already holds ${existing} nodes; the benchmark writes fresh articles.`, {
      hint: 'Point it at a benchmark instance (NEWSGRAPH_DB_DIR=.newsgraph/bench NEWSGRAPH_BOLT_PORT=7761) and pass --wipe to empty it first.',
    });
  }
  if (wipe) await wipeGraph(driver);
  await ensureSchema(driver);
}
