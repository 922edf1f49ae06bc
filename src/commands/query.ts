/** `newsgraph query CYPHER`: read-only Cypher, printed as a table or JSON. */
import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { connect } from '../../graph/driver.js';
import { formatTable, toPlain, type Plain } from '../../graph/plain-values.js';
import { ReadOnlyError, runReadOnly } from '../../graph/read-only.js';
import { staticRefusal } from '../../viz/server/cypher-guard.js';
import { ConfigError } from '../errors.js';
import { resolveSettings } from '../settings.js';

/** `k=v`: v as JSON when it parses (numbers, lists, true), else the plain string. */
export function parseParam(raw: string, into: Record<string, unknown> = {}): Record<string, unknown> {
  const at = raw.indexOf('=');
  const key = at > 0 ? raw.slice(0, at).trim() : '';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
    throw new ConfigError(`--param ${raw} is not name=value.`, { hint: 'Write --param name=value, e.g. --param id=person:joe-biden --param limit=10.' });
  }
  const text = raw.slice(at + 1);
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON: the string itself.
  }
  return { ...into, [key]: value };
}

/**
 * What `query` runs: the console's static guard first (EXPLAIN calls LOAD CSV, TERMINATE and some
 * db.* procedures reads), then graph/read-only.ts's planner check and a READ transaction.
 */
export async function runQuery(driver: Driver, cypher: string, params: Record<string, unknown>, database?: string) {
  const refusal = staticRefusal(cypher);
  if (refusal) throw new ReadOnlyError(refusal.message, { hint: refusal.hint });
  return runReadOnly(driver, cypher, params, database);
}

export function registerQueryCommand(program: Command): void {
  program
    .command('query')
    .description('run read-only Cypher against the graph; prints a table, or JSON with --json')
    .argument('<cypher>', 'the query, e.g. "MATCH (p:Person) RETURN p.name LIMIT 5"')
    .option('--json', 'print the rows as a JSON array')
    .option('--param <name=value>', 'a query parameter ($name); JSON values allowed; repeatable', parseParam, {})
    .action(async (cypher: string, options: { json?: boolean; param: Record<string, unknown> }) => {
      // `… | head` closes the pipe early: that is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
      const { connection } = resolveSettings();
      const driver = await connect(connection);
      try {
        const { keys, records } = await runQuery(driver, cypher, options.param, connection.database);
        const rows = records.map((r) => Object.fromEntries(keys.map((k) => [k, toPlain(r.get(k))])) as Record<string, Plain>);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        } else {
          process.stdout.write(`${formatTable(keys, rows)}\n`);
          process.stderr.write(`${rows.length} row${rows.length === 1 ? '' : 's'}\n`);
        }
      } finally {
        await driver.close();
      }
    });
}
