/**
 * Explorer benchmark.
 *
 * 1. Time to first frame in headless Chromium (Debian's, via playwright-core) of a generated graph
 *    (default 10k entities / 50k links), served by the real explorer server and app; baseline: a
 *    1k / 5k graph in the same process. Positions are generated (clusters), as the server's cached
 *    ForceAtlas2 would hand them over: the page never runs a layout before its first frame.
 * 2. API latency (p50 / p95) of /api/neighbours/:id and /api/search?q= on the configured Neo4j
 *    (NEO4J_URI, or the local server: NEWSGRAPH_DB_DIR / NEWSGRAPH_BOLT_PORT); baseline: a Bolt
 *    round trip (RETURN 1) on the same driver. Also the overview's first (ForceAtlas2) and cached times.
 *
 *   npx tsx scripts/bench-viz.ts [--nodes 10000] [--edges 50000] [--runs 3] [--requests 200] [--no-api] [--no-browser]
 */
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { connect } from '../graph/driver.js';
import { resolveSettings } from '../src/settings.js';
import { launchChromium } from '../tests/e2e/browser.js';
import { ensureAppBuilt } from '../viz/server/app-build.js';
import { neo4jData, type ExplorerData } from '../viz/server/explorer-data.js';
import { startServer } from '../viz/server/server.js';
import type { Overview } from '../viz/shared/api-types.js';
import { generateOverview } from './bench-viz-graph.js';

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    edges: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    requests: { type: 'string', default: '200' },
    'no-api': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
});

/** Serves one generated overview; the benchmark page asks for nothing else before its first frame. */
function generatedData(overview: Overview): ExplorerData {
  const absent = () => Promise.reject(new Error('not part of the first-frame benchmark'));
  return { overview: async () => overview, entity: absent, neighbours: absent, activity: absent, search: absent, timeline: async () => [], query: absent };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function firstFrames(nodeCount: number, edgeCount: number, runs: number, distDir: string): Promise<number[]> {
  const overview = generateOverview(nodeCount, edgeCount);
  const server = await startServer({ data: generatedData(overview), host: '127.0.0.1', port: 0, distDir });
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.context.newPage();
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
      times.push(Number(await page.evaluate(() => document.body.dataset.firstFrameMs)));
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name.replace('newsgraph:', '')} ${Math.round(m.startTime)}`));
      console.error(`  ${nodeCount}/${edgeCount} run ${run + 1}: ${marks.join(' · ')}`);
      const count = await page.evaluate(() => (window as unknown as { newsgraph: { entityCount(): number } }).newsgraph.entityCount());
      if (count !== nodeCount) throw new Error(`the page holds ${count} entities, not ${nodeCount}`);
      await page.close();
    }
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchBrowser(): Promise<void> {
  const nodes = Number(args.nodes);
  const edges = Number(args.edges);
  const runs = Number(args.runs);
  const distDir = await ensureAppBuilt((line) => console.error(line));
  console.log(`\n# Time to first frame (headless Chromium, ${runs} page loads each; navigation start → first drawn frame)`);
  const baseNodes = Math.max(1, Math.round(nodes / 10));
  const baseEdges = Math.max(1, Math.round(edges / 10));
  const baseline = await firstFrames(baseNodes, baseEdges, runs, distDir);
  const target = await firstFrames(nodes, edges, runs, distDir);
  console.log(`baseline ${baseNodes} nodes / ${baseEdges} edges: median ${ms(median(baseline))} (runs: ${baseline.map(ms).join(', ')})`);
  console.log(`target   ${nodes} nodes / ${edges} edges: median ${ms(median(target))} (runs: ${target.map(ms).join(', ')})`);
  console.log(`ratio target / baseline: ${(median(target) / median(baseline)).toFixed(2)}; goal ≤ 1500 ms: ${median(target) <= 1500 ? 'met' : 'NOT met'}`);
}

async function benchApi(): Promise<void> {
  const settings = resolveSettings();
  const driver = await connect(settings.connection);
  const data = neo4jData(driver, { database: settings.connection.database });
  const server = await startServer({ data, host: '127.0.0.1', port: 0 });
  const requests = Number(args.requests);
  try {
    const time = async (url: string) => {
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return performance.now() - started;
    };
    const { records } = await driver.executeQuery('MATCH (e:Entity) RETURN count(e) AS entities, COUNT { ()-[:CO_OCCURS_WITH]->() } AS pairs, COUNT { (:Article) } AS articles');
    const counts = records[0]!.toObject();
    console.log(`\n# API latency on ${settings.connection.uri}: ${counts.articles} articles, ${counts.entities} entities, ${counts.pairs} co-occurring pairs; ${requests} requests each, one at a time`);
    const overviewCold = await time(`${server.url}api/overview?limit=300`);
    const overviewWarm = await time(`${server.url}api/overview?limit=300`);
    console.log(`overview (300 entities): first ${ms(overviewCold)} (queries + ForceAtlas2), cached ${ms(overviewWarm)}`);

    const { records: picks } = await driver.executeQuery(
      `MATCH (e:Entity)<-[m:MENTIONS]-() WITH e, sum(m.count) AS n ORDER BY n DESC LIMIT 100
       RETURN e.id AS id, [x IN [e.nameJa, e.nameEn] + coalesce(e.aliases, []) WHERE x IS NOT NULL] AS names`,
      {},
      { routing: neo4j.routing.READ },
    );
    const ids = picks.map((r) => r.get('id') as string);
    const names = picks.flatMap((r) => r.get('names') as string[]);
    const bolt: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      await driver.executeQuery('RETURN 1');
      bolt.push(performance.now() - started);
    }
    const neighbours: number[] = [];
    for (let i = 0; i < requests; i++) neighbours.push(await time(`${server.url}api/neighbours/${encodeURIComponent(ids[i % ids.length]!)}`));
    const search: number[] = [];
    for (let i = 0; i < requests; i++) search.push(await time(`${server.url}api/search?q=${encodeURIComponent(names[(i * 7) % names.length]!)}`));
    const line = (name: string, xs: number[]) =>
      `${name.padEnd(22)} p50 ${ms(percentile(xs, 50)).padStart(9)}  p95 ${ms(percentile(xs, 95)).padStart(9)}  ratio p95 / baseline p95 ${(percentile(xs, 95) / percentile(bolt, 95)).toFixed(1)}`;
    console.log(line('baseline Bolt RETURN 1', bolt));
    console.log(line('GET /api/neighbours/:id', neighbours));
    console.log(line('GET /api/search?q=', search));
  } finally {
    await server.close();
    await driver.close();
  }
}

if (!args['no-browser']) await benchBrowser();
if (!args['no-api']) await benchApi();
