/** Empties a graph: for test files and benchmark instances, never called by ingest. */
import type { Driver } from 'neo4j-driver';

// 1,000 rows a transaction: 10,000 exceeded the server's transaction memory on a 40k-article graph.
export const WIPE_GRAPH = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS';

export async function wipeGraph(driver: Driver, database?: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run(WIPE_GRAPH);
  } finally {
    await session.close();
  }
}
