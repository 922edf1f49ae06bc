/**
 * The scale run: does ingest stay as fast when the graph is large, and do neighbourhood queries
 * stay quick? Ingests a generated corpus (scripts/gen-scale-corpus.ts) into a fresh graph through
 * the real pipeline and writer, and compares the write rate over the first and the last window of
 * articles; then times the explorer's neighbourhood query (ENTITY_SUMMARY + NEIGHBOURS) on hot and
 * ordinary entities.
 *
 * Extraction is memoized by content: a generated corpus repeats its base articles' texts, each text
 * is extracted once (on worker threads) before the clock starts, and the timed run gets the stored
 * extraction. Extraction has no state across articles, so its cost per article does not depend on
 * the graph's size; what this run measures is what does: reading, the hash check and the writes.
 *
 *   npx tsx scripts/gen-scale-corpus.ts --count 30000 --base 1000
 *   NEWSGRAPH_DB_DIR=.newsgraph/bench NEWSGRAPH_BOLT_PORT=7761 npx tsx scripts/bench-scale.ts \
 *     --input .newsgraph/scale/scale-30000.jsonl --window 10000 --wipe
 */
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { connect } from '../graph/driver.js';
import { freshBenchGraph } from './bench-graph.js';
import { writeArticles, type ExtractedArticle } from '../graph/writer.js';
import { createExtractPool } from '../ingest/extract-pool.js';
import { runPipeline, type ArticleExtractor } from '../ingest/pipeline.js';
import { readInputs } from '../ingest/read.js';
import { ConfigError } from '../src/errors.js';
import { resolveSettings } from '../src/settings.js';
import type { Article, ArticleExtraction } from '../src/types.js';
import { ENTITY_SUMMARY, NEIGHBOURS } from '../viz/server/queries.js';

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    window: { type: 'string', default: '10000' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'batch-size': { type: 'string', default: '100' },
    queries: { type: 'string', default: '100' },
    wipe: { type: 'boolean', default: false },
  },
});
if (!values.input) throw new ConfigError('--input is required.', { hint: 'Generate one with scripts/gen-scale-corpus.ts and pass its path.' });
const input = values.input;
const windowSize = Number(values.window);

function contentKey(article: Article): string {
  const hash = createHash('sha1');
  hash.update(`${article.lang}\u0000${article.body}`);
  for (const c of article.comments) hash.update(`\u0000${c.id}\u0000${c.lang}\u0000${c.text}`);
  return hash.digest('hex');
}

async function warmMemo(): Promise<Map<string, ArticleExtraction>> {
  const memo = new Map<string, ArticleExtraction>();
  // Caught at once: a failed article must not become an unhandled rejection while the file is still read.
  const pending = new Map<string, Promise<ArticleExtraction | null>>();
  const pool = await createExtractPool({ workers: Number(values.workers) });
  for await (const outcome of readInputs([input])) {
    if (!outcome.ok) continue;
    const key = contentKey(outcome.article);
    if (!pending.has(key)) pending.set(key, pool.extractArticle(outcome.article).catch(() => null));
  }
  for (const [key, promise] of pending) {
    // A failed one is left out of the memo: the timed run reports it as rejected, as ingest would.
    const extraction = await promise;
    if (extraction) memo.set(key, extraction);
  }
  await pool.close();
  return memo;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const { connection } = resolveSettings();
  const driver = await connect(connection);
  try {
    await freshBenchGraph(driver, connection.uri, values.wipe);

    const warmStarted = performance.now();
    const memo = await warmMemo();
    process.stdout.write(`memo: ${memo.size} distinct texts extracted in ${round((performance.now() - warmStarted) / 1000, 1)} s\n`);
    const extractor: ArticleExtractor = {
      extractArticle(article) {
        const found = memo.get(contentKey(article));
        if (!found) throw new Error('not extracted in the warm-up');
        return { ...found, articleId: article.id };
      },
    };

    const load = loadavg();
    const marks: Array<[number, number]> = [[0, 0]];
    const started = performance.now();
    const summary = await runPipeline(readInputs([input]), { extractor, driver }, {
      batchSize: Number(values['batch-size']),
      onProgress: (p) => {
        if (p.written > marks.at(-1)![0]) marks.push([p.written, (performance.now() - started) / 1000]);
      },
    });
    const total = (performance.now() - started) / 1000;
    const written = summary.written;
    const timeAt = (n: number) => marks.find(([w]) => w >= n)?.[1] ?? total;
    const w = Math.min(windowSize, Math.floor(written / 2));
    const firstRate = w / timeAt(w);
    // The last window starts at the first progress mark at or past written − w.
    const [lastFrom, lastStart] = marks.find(([x]) => x >= written - w)!;
    const lastRate = (written - lastFrom) / (total - lastStart);
    process.stdout.write(`load average at start ${load.map((l) => round(l, 2)).join(' ')}, at end ${loadavg().map((l) => round(l, 2)).join(' ')}\n`);
    process.stdout.write(`ingest: ${written} articles written in ${round(total, 1)} s (${round(written / total, 1)} articles/s), ${summary.rejected.length} rejected\n`);
    process.stdout.write(`rate over the first ${w}: ${round(firstRate, 1)} articles/s; over the last ${w}: ${round(lastRate, 1)} articles/s; last ÷ first = ${round(lastRate / firstRate, 2)}\n`);
    const tenths: string[] = [];
    for (let k = 1; k <= 10; k++) {
      const from = Math.floor(((k - 1) * written) / 10);
      const to = Math.floor((k * written) / 10);
      tenths.push(round((to - from) / (timeAt(to) - timeAt(from)), 1));
    }
    process.stdout.write(`rate per tenth of the run (articles/s): ${tenths.join(' · ')}\n`);

    // Where a batch's time goes on the grown graph: two batches of new articles (copies of the
    // first ones, with new ids) written by hand with the writer's per-statement timings.
    const probe: ExtractedArticle[] = [];
    for await (const outcome of readInputs([input])) {
      if (probe.length >= 2 * Number(values['batch-size'])) break;
      if (!outcome.ok) continue;
      const found = memo.get(contentKey(outcome.article));
      if (!found) continue;
      const id = `${outcome.article.id}-probe`;
      probe.push({ article: { ...outcome.article, id }, extraction: { ...found, articleId: id } });
    }
    for (let i = 0; i < probe.length; i += Number(values['batch-size'])) {
      const timings = new Map<string, number>();
      await writeArticles(driver, probe.slice(i, i + Number(values['batch-size'])), { timings });
      const list = [...timings].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${round(ms)} ms`);
      process.stdout.write(`probe batch ${i / Number(values['batch-size']) + 1} into the grown graph: ${list.join(', ')}\n`);
    }

    const graph = await driver.executeQuery(
      `MATCH (n) WITH count(n) AS nodes
       MATCH ()-[r]->() WITH nodes, count(r) AS rels
       OPTIONAL MATCH (us:Entity {id: 'country:US'})
       RETURN nodes, rels, COUNT { (us)<-[:MENTIONS]-() } AS usMentions, COUNT { (us)-[:CO_OCCURS_WITH]-() } AS usNeighbours`,
      {},
      { routing: 'READ' },
    );
    const g = graph.records[0]!.toObject();
    process.stdout.write(`graph: ${g.nodes} nodes, ${g.rels} relationships; 米国 (country:US): ${g.usMentions} MENTIONS in, ${g.usNeighbours} co-occurring entities\n`);

    // Neighbourhood queries: the 20 most connected entities (the hot ones) and a spread of others.
    const { records: entityRows } = await driver.executeQuery(
      `MATCH (e:Entity) WITH e, COUNT { (e)-[:CO_OCCURS_WITH]-() } AS degree ORDER BY degree DESC, e.id
       WITH collect(e.id) AS ids RETURN ids[0..20] AS hot, [i IN range(20, size(ids) - 1, toInteger(ceil(size(ids) / 80.0))) | ids[i]] AS spread`,
      {},
      { routing: 'READ' },
    );
    const hot = entityRows[0]!.get('hot') as string[];
    const spread = entityRows[0]!.get('spread') as string[];
    const ids = [...hot, ...spread];
    const neighbourhood = async (id: string) => {
      const t = performance.now();
      await driver.executeQuery(ENTITY_SUMMARY, { id }, { routing: 'READ' });
      await driver.executeQuery(NEIGHBOURS, { id, limit: neo4j.int(50) }, { routing: 'READ' });
      return performance.now() - t;
    };
    for (const id of ids.slice(0, 5)) await neighbourhood(id); // plans compiled, caches warm
    const rounds = Math.max(1, Math.ceil(Number(values.queries) / ids.length));
    const all: number[] = [];
    const hotTimes: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const id of ids) {
        const ms = await neighbourhood(id);
        all.push(ms);
        if (hot.includes(id)) hotTimes.push(ms);
      }
    }
    all.sort((a, b) => a - b);
    hotTimes.sort((a, b) => a - b);
    process.stdout.write(
      `neighbourhood query (summary + 50 neighbours), ${all.length} runs over ${ids.length} entities: p50 ${round(percentile(all, 50), 1)} ms, p95 ${round(percentile(all, 95), 1)} ms, max ${round(all.at(-1)!, 1)} ms; ` +
        `the 20 hottest alone: p50 ${round(percentile(hotTimes, 50), 1)} ms, p95 ${round(percentile(hotTimes, 95), 1)} ms (hottest: ${hot.slice(0, 3).join(', ')})\n`,
    );
  } finally {
    await driver.close();
  }
}

await main();
