/**
 * Read-only Cypher for `newsgraph query` and the explorer's console: the server's own planner says
 * what a query does (EXPLAIN's queryType), and only pure reads ('r') run, inside a READ transaction.
 */
import type { Driver } from 'neo4j-driver';
import { NewsgraphError } from '../src/errors.js';

/** A query that would write, change the schema or run administration: refused before it runs. */
export class ReadOnlyError extends NewsgraphError {}

const KINDS: Record<string, string> = {
  w: 'writes to the graph',
  rw: 'reads and writes the graph',
  s: 'changes the schema (indexes or constraints)',
};

export async function queryTypeOf(driver: Driver, cypher: string, params: Record<string, unknown> = {}, database?: string): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, params);
    return result.summary.queryType;
  } finally {
    await session.close();
  }
}

/** Throws ReadOnlyError unless the planner classifies the query as read-only. */
export async function assertReadOnly(driver: Driver, cypher: string, params: Record<string, unknown> = {}, database?: string): Promise<void> {
  const trimmed = cypher.trim();
  if (/^(EXPLAIN|PROFILE)\b/i.test(trimmed)) {
    throw new ReadOnlyError('EXPLAIN and PROFILE are added by newsgraph itself.', { hint: 'Pass the query without EXPLAIN or PROFILE.' });
  }
  let type: string;
  try {
    type = await queryTypeOf(driver, trimmed, params, database);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadOnlyError(`The query was refused by Neo4j: ${reason}`, { hint: 'Check the Cypher syntax and the parameter names.', cause: error });
  }
  if (type !== 'r') {
    const what = KINDS[type] ?? `is of type '${type}'`;
    throw new ReadOnlyError(`Only read-only queries run here, and this one ${what}.`, {
      hint: 'Use MATCH … RETURN queries; the graph is written only by "newsgraph ingest".',
    });
  }
}

/** Checks the query, then runs it in a READ transaction (a second guard: the server refuses writes there). */
export async function runReadOnly(driver: Driver, cypher: string, params: Record<string, unknown> = {}, database?: string) {
  await assertReadOnly(driver, cypher, params, database);
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const result = tx.run(cypher.trim(), params);
      const keys = (await result.keys()).map(String);
      const { records } = await result;
      return { keys, records };
    });
  } finally {
    await session.close();
  }
}
