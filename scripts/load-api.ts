/**
 * The explorer's API under load: `serve`'s own server (viz/server) over the configured Neo4j, on a
 * free loopback port, hit by autocannon with N concurrent connections for D seconds, cycling
 * through the read routes (overview, search, entity, neighbours, timeline, a console query).
 * Prints requests, errors, non-2xx answers and latency percentiles (p95 from every response).
 *
 *   npx tsx scripts/load-api.ts [--connections 50] [--duration 60]
 *
 * The graph must hold something (e.g. `npx newsgraph ingest data/demo` first); Neo4j comes from
 * the usual settings (NEWSGRAPH_DB_DIR / NEWSGRAPH_BOLT_PORT or NEO4J_URI).
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { connect } from '../graph/driver.js';
import { resolveSettings } from '../src/settings.js';
import { DIST_DIR, ensureAppBuilt } from '../viz/server/app-build.js';
import { neo4jData } from '../viz/server/explorer-data.js';
import { startServer } from '../viz/server/server.js';

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { connections: { type: 'string', default: '50' }, duration: { type: 'string', default: '60' } } });
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const settings = resolveSettings();
  const driver = await connect(settings.connection);
  await ensureAppBuilt((line) => process.stderr.write(`${line}\n`));
  const server = await startServer({ data: neo4jData(driver, { database: settings.connection.database }), host: '127.0.0.1', port: 0, distDir: DIST_DIR });
  try {
    // Nodes come as rows ({id}[]) or as columns ({id: string[]}), depending on the API's version.
    const overview = (await (await fetch(`${server.url}api/overview?limit=50`)).json()) as { nodes: Array<{ id: string }> | { id: string[] } };
    const ids = (Array.isArray(overview.nodes) ? overview.nodes.map((n) => n.id) : overview.nodes.id).slice(0, 10);
    if (ids.length === 0) throw new Error('The graph is empty: ingest something first (npx newsgraph ingest data/demo).');
    const paths = [
      '/api/overview',
      '/api/timeline',
      ...['Biden', 'バイデン', '米国', 'Taliban', 'Kabul'].map((q) => `/api/search?q=${encodeURIComponent(q)}`),
      ...ids.slice(0, 5).map((id) => `/api/entity/${encodeURIComponent(id)}`),
      ...ids.slice(0, 5).map((id) => `/api/neighbours/${encodeURIComponent(id)}`),
    ];
    const requests: autocannon.Request[] = [
      ...paths.map((path) => ({ method: 'GET' as const, path })),
      { method: 'POST', path: '/api/query', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cypher: 'MATCH (p:Person)-[r:CO_OCCURS_WITH]-(e:Entity) RETURN p.name, e.name, r.weight ORDER BY r.weight DESC LIMIT 20' }) },
    ];
    process.stderr.write(`Load: ${connections} connections for ${duration} s on ${server.url} (${requests.length} routes in turn), graph ${settings.connection.uri}\n`);
    // The figures depend on what else the machine runs: say how busy it was, before and after.
    const loadBefore = loadavg();
    const times: number[] = [];
    const statuses = new Map<number, number>();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url: server.url.replace(/\/$/, ''), connections, duration, requests, timeout: 30 }, (error, done) => (error ? reject(error) : resolve(done)));
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        times.push(responseTime);
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
      });
    });
    const loadAfter = loadavg();
    const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
    times.sort((a, b) => a - b);
    const rows: Array<[string, string]> = [
      ['connections', String(connections)],
      ['duration', `${duration} s`],
      ['requests', String(result.requests.total)],
      ['requests/s (mean)', result.requests.average.toFixed(0)],
      ['errors (connection, timeout)', `${result.errors} (${result.timeouts} timeouts)`],
      ['non-2xx answers', String(result.non2xx)],
      ['statuses', [...statuses].map(([s, n]) => `${s}×${n}`).join(', ')],
      ['latency p50', `${percentile(times, 50).toFixed(1)} ms`],
      ['latency p95', `${percentile(times, 95).toFixed(1)} ms`],
      ['latency p99', `${percentile(times, 99).toFixed(1)} ms`],
      ['latency max', `${(times.at(-1) ?? Number.NaN).toFixed(1)} ms`],
      ['load average 1/5/15 min, before → after', `${load(loadBefore)} → ${load(loadAfter)} (${cpus().length} cores)`],
    ];
    process.stdout.write(`| measure | value |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
    if (result.errors > 0 || result.non2xx > 0) process.exitCode = 1;
  } finally {
    await server.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
