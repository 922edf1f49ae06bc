/**
 * Runs a console query only when it reads: the static guard first (files, server procedures,
 * administration: EXPLAIN calls LOAD CSV and dbms.* procedures "r"), then Neo4j's own EXPLAIN
 * query type (graph/read-only.ts's queryTypeOf, shared with `newsgraph query`), then the query
 * itself in a READ transaction with a timeout and a row cap, so even a query that slipped
 * through cannot write.
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { queryTypeOf } from '../../graph/read-only.js';
import { NewsgraphError } from '../../src/errors.js';
import { queryTypeRefusal, staticRefusal, type Refusal } from './cypher-guard.js';

/** The console refused a query; `reason` says which rule. */
export class ReadOnlyError extends NewsgraphError {
  readonly reason: Refusal['reason'];
  constructor(refusal: Refusal) {
    super(refusal.message, { hint: refusal.hint });
    this.reason = refusal.reason;
  }
}

/** Neo4j rejected the query itself (syntax, unknown function, missing parameter). */
export class CypherError extends NewsgraphError {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message, { hint: 'Check the query in the console; the message above is Neo4j\'s own.' });
    this.code = code;
  }
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

function asNeo4jError(error: unknown): never {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code.includes('AccessMode') || code.includes('Forbidden')) {
    throw new ReadOnlyError({ reason: 'writes', message: `Refused by Neo4j: ${message}`, hint: 'The console runs read-only queries only.' });
  }
  if (code.startsWith('Neo.ClientError')) throw new CypherError(message, code);
  throw error;
}

/** Throws ReadOnlyError unless the query only reads; returns the EXPLAIN query type ('r'). */
export async function assertReadOnly(driver: Driver, cypher: string, params: Record<string, unknown> = {}, database?: string): Promise<string> {
  const early = staticRefusal(cypher);
  if (early) throw new ReadOnlyError(early);
  const queryType = await queryTypeOf(driver, cypher, params, database).catch(asNeo4jError);
  const refusal = queryTypeRefusal(queryType);
  if (refusal) throw new ReadOnlyError(refusal);
  return queryType;
}

export interface ReadOnlyRun {
  records: Neo4jRecord[];
  columns: string[];
  truncated: boolean;
  queryType: string;
}

/** assertReadOnly, then the query in a READ transaction; at most maxRows records are kept. */
export async function runReadOnly(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: { maxRows: number; timeoutMs: number; database?: string },
): Promise<ReadOnlyRun> {
  const queryType = await assertReadOnly(driver, cypher, params, options.database);
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
  try {
    return await session
      .executeRead(
        async (tx) => {
          const records: Neo4jRecord[] = [];
          let columns: string[] = [];
          let truncated = false;
          const result = tx.run(cypher, params);
          columns = [...(await result.keys())];
          for await (const record of result) {
            if (records.length >= options.maxRows) {
              truncated = true;
              break;
            }
            records.push(record);
          }
          return { records, columns, truncated, queryType };
        },
        { timeout: options.timeoutMs },
      )
      .catch(asNeo4jError);
  } finally {
    await session.close();
  }
}
