/**
 * Write throughput of the graph writer into the configured Neo4j (the local one by default):
 * mentions per second for several batch sizes and write concurrencies, against a baseline of one
 * article per transaction run in the same process.
 *
 *   npx tsx scripts/bench-write.ts [--articles 2000] [--batches 1,50,200,500] [--concurrency 1,2] [--compare DIR] [--repeat N] [--top 6]
 *
 * --compare DIR: DIR holds an earlier version of graph/ (e.g. `git archive <commit> graph | tar -x -C DIR`
 * with a symlink DIR/src → src); each run is repeated right after with that writer on the same
 * articles, and the ratio of the two is printed: an A/B under the same machine load. The two take
 * turns going first (--repeat N runs each setting N times, with new articles each time).
 * --warm N: before each timed run, N other articles (same entity pool) are written untimed, so the
 * timed run writes into a grown graph where most entity pairs already have their edge.
 *
 * The corpus is synthetic and deterministic: articles whose bodies and comments mention entities
 * drawn from a skewed pool (a few hot entities, as 米国 is in real news), so lock contention on hot
 * nodes is part of what is measured. Everything it writes has ids starting with "bench-" and is
 * deleted at the start and the end; the rest of the graph is not touched.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { connect } from '../graph/driver.js';
import { ensureSchema } from '../graph/schema.js';
import { COMMIT, writeArticles, type ExtractedArticle } from '../graph/writer.js';
import { resolveSettings } from '../src/settings.js';
import type { TextExtraction } from '../src/types.js';
import { corpus, POOL, writeInBatches } from './bench-write-corpus.js';
import { neo4jCpuSeconds } from './neo4j-cpu.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    batches: { type: 'string', default: '1,50,200,500' },
    concurrency: { type: 'string', default: '1,2' },
    baseline: { type: 'string', default: '200' },
    compare: { type: 'string' },
    warm: { type: 'string', default: '0' },
    repeat: { type: 'string', default: '1' },
    top: { type: 'string', default: '6' },
  },
});

async function wipeBench(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Relationships first, in small transactions: a hot entity has tens of thousands of them.
    await session.run(`MATCH (n:Entity) WHERE n.id STARTS WITH 'bench-' MATCH (n)-[r]-()
      CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(`MATCH (n) WHERE (n:Article OR n:Comment OR n:Entity) AND n.id STARTS WITH 'bench-'
      CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`);
  } finally {
    await session.close();
  }
}

type Write = typeof writeArticles;

async function writeAll(driver: Driver, items: ExtractedArticle[], batchSize: number, concurrency: number, timings?: Map<string, number>, write: Write = writeArticles): Promise<{ mentions: number; relationships: number; seconds: number; serverCpu: number | undefined }> {
  const cpuBefore = neo4jCpuSeconds();
  const started = performance.now();
  const mentions = await writeInBatches(items, batchSize, concurrency, (batch) => write(driver, batch, { timings }));
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = neo4jCpuSeconds();
  const serverCpu = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : undefined;
  const relationships = items.reduce((n, { extraction }) => {
    const per = (t: TextExtraction) => new Set(t.mentions.map((m) => m.entity.id)).size;
    return n + per(extraction.body) + Object.values(extraction.comments).reduce((k, t) => k + per(t), 0);
  }, 0);
  return { mentions, relationships, seconds, serverCpu };
}

const { connection } = resolveSettings();
const driver = await connect(connection);
try {
  await ensureSchema(driver);
  const count = Number(values.articles);
  const batches = values.batches.split(',').map(Number);
  const concurrencies = values.concurrency.split(',').map(Number);
  console.log(`Neo4j at ${connection.uri}; ${count} synthetic articles per run, 5 comments each, ${POOL.length} entities (skewed)${Number(values.warm) > 0 ? `, into a graph warmed with ${values.warm} other articles` : ''}.`);
  const earlier: Write | null = values.compare
    ? ((await import(pathToFileURL(path.resolve(values.compare, 'graph', 'writer.ts')).href)) as { writeArticles: Write }).writeArticles
    : null;

  await wipeBench(driver);
  const baselineItems = corpus(Number(values.baseline), 1);
  const base = await writeAll(driver, baselineItems, 1, 1);
  const baseRate = base.mentions / base.seconds;
  console.log(`baseline: one article per transaction, ${baselineItems.length} articles: ${Math.round(baseRate)} mentions/s`);
  await wipeBench(driver);

  console.log('| batch (articles) | concurrency | articles | mentions | MENTIONS rels | seconds | mentions/s | rels/s | × baseline | Neo4j CPU s (ms/article) | load average |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const cpu = (run: { serverCpu: number | undefined }) => (run.serverCpu === undefined ? '—' : `${run.serverCpu.toFixed(1)} (${Math.round((run.serverCpu * 1000) / count)})`);
  let seed = 2;
  let order = 0;
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' / ');
  for (const batch of batches) {
    for (const concurrency of concurrencies) {
      for (let repeat = 0; repeat < Number(values.repeat); repeat++) {
        const items = corpus(count, seed++);
        const warmItems = Number(values.warm) > 0 ? corpus(Number(values.warm), 1000 + seed) : [];
        const timed = async (write: Write, timings?: Map<string, number>) => {
          if (warmItems.length > 0) await writeAll(driver, warmItems, 200, 1, undefined, write);
          const run = await writeAll(driver, items, batch, concurrency, timings, write);
          await wipeBench(driver);
          return run;
        };
        // With --compare the two writers take turns going first: the machine's load drifts, and the
        // second run of a pair also finds the store's pages already cached.
        const earlierFirst = earlier !== null && order++ % 2 === 1;
        const before = earlier && earlierFirst ? await timed(earlier) : null;
        const startLoad = load();
        const timings = new Map<string, number>();
        const run = await timed(writeArticles, timings);
        const rate = run.mentions / run.seconds;
        console.log(
          `| ${batch} | ${concurrency} | ${count} | ${run.mentions} | ${run.relationships} | ${run.seconds.toFixed(2)} | ${Math.round(rate)} | ${Math.round(run.relationships / run.seconds)} | ${(rate / baseRate).toFixed(1)} | ${cpu(run)} | ${startLoad} |`,
        );
        const total = [...timings].find(([name]) => name.startsWith('transaction'));
        const commit = timings.get(COMMIT) ?? 0;
        const statements = [...timings].filter(([name]) => !name.startsWith('transaction') && name !== COMMIT);
        const inStatements = statements.reduce((n, [, ms]) => n + ms, 0);
        const top = statements.sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
        console.error(
          `  in transactions ${((total?.[1] ?? 0) / 1000).toFixed(1)} s, of which statements ${(inStatements / 1000).toFixed(1)} s, commits ${(commit / 1000).toFixed(1)} s; slowest: ${top.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
        );
        if (earlier) {
          const other = before ?? (await timed(earlier));
          const otherRate = other.mentions / other.seconds;
          console.log(`|  ↳ ${values.compare} writer, same articles, ran ${earlierFirst ? 'first' : 'second'} | ${concurrency} | ${count} | ${other.mentions} | ${other.relationships} | ${other.seconds.toFixed(2)} | ${Math.round(otherRate)} | ${Math.round(other.relationships / other.seconds)} | now ${(rate / otherRate).toFixed(2)} × it | ${cpu(other)} | ${load()} |`);
        }
      }
    }
  }
} finally {
  await wipeBench(driver);
  await driver.close();
}
