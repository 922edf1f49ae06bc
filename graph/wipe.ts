/** Empties a graph: for test files and benchmark instances, never called by ingest. */
import type { Driver } from 'neo4j-driver';

/**
 * Relationships first, then the nodes left bare: a DETACH DELETE of a hot node (country:JP on a
 * livedoor graph) deletes all its relationships in one transaction and exceeded the server's
 * transaction memory, whatever the number of nodes per transaction.
 */
export const WIPE_RELATIONSHIPS = 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS';
export const WIPE_NODES = 'MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS';

export async function wipeGraph(driver: Driver, database?: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run(WIPE_RELATIONSHIPS);
    await session.run(WIPE_NODES);
  } finally {
    await session.close();
  }
}
