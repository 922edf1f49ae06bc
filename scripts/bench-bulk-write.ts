/**
 * Write throughput of the bulk load (`ingest --bulk`: fold into CSV files, neo4j-admin import) at
 * several corpus sizes, on the synthetic articles of scripts/bench-write.ts, with extraction taken
 * out: every article comes with its extraction already made, so what is timed is the writing alone.
 * The importer has a fixed cost (JVM start, its phases, the server's stop and start), so one size
 * cannot show its rate: the marginal rate between two sizes, Δ mentions ÷ Δ seconds, is what a
 * larger backlog gets. The transactional writer runs first on the same kind of articles, in the same
 * process, as the baseline, on a server warmed by 200 other articles.
 *
 *   npx tsx scripts/bench-bulk-write.ts [--sizes 10000,100000] [--baseline 2000] [--baseline-batch 400] [--baseline-concurrency 2]
 *
 * It needs the managed local Neo4j (NEWSGRAPH_DB_DIR / NEWSGRAPH_BOLT_PORT pick the instance) and
 * EMPTIES its graph before each size: give it an instance of its own.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../graph/driver.js';
import { instanceDirs } from '../graph/local/conf.js';
import { ensureSchema } from '../graph/schema.js';
import { wipeGraph } from '../graph/wipe.js';
import { writeArticles } from '../graph/writer.js';
import { bulkIngest, emptyBulkStageTimes, type BulkStageTimes } from '../ingest/bulk.js';
import type { ArticleExtractor, PipelineInput } from '../ingest/pipeline.js';
import { resolveSettings } from '../src/settings.js';
import type { ArticleExtraction } from '../src/types.js';
import { corpus, writeInBatches } from './bench-write-corpus.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    baseline: { type: 'string', default: '2000' },
    'baseline-batch': { type: 'string', default: '400' },
    'baseline-concurrency': { type: 'string', default: '2' },
  },
});

const CHUNK = 1000;

/**
 * The articles of one run, made a chunk at a time (a chunk per seed, so ids never repeat) and handed
 * over with their extraction: the extractor only looks it up, so the bulk load's batching, fold and
 * import are the real ones while no parsing happens.
 */
function presetCorpus(count: number, firstSeed: number): { source: AsyncGenerator<PipelineInput>; extractor: ArticleExtractor } {
  const made = new Map<string, ArticleExtraction>();
  async function* source(): AsyncGenerator<PipelineInput> {
    for (let done = 0, seed = firstSeed; done < count; done += CHUNK, seed++) {
      for (const { article, extraction } of corpus(Math.min(CHUNK, count - done), seed)) {
        made.set(article.id, extraction);
        yield { ok: true, input: 'synthetic', article };
      }
    }
  }
  const extractor: ArticleExtractor = {
    extractArticle(article) {
      const extraction = made.get(article.id);
      if (!extraction) throw new Error(`no preset extraction for ${article.id}`);
      made.delete(article.id);
      return extraction;
    },
  };
  return { source: source(), extractor };
}

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' / ');
const round = (n: number, digits = 0) => n.toFixed(digits);

async function baseline(count: number, batchSize: number, concurrency: number): Promise<{ mentions: number; seconds: number }> {
  const driver = await connect(resolveSettings().connection);
  try {
    await wipeGraph(driver);
    await ensureSchema(driver);
    // A server that has just started plans and compiles as it writes: warm it on other articles first.
    await writeArticles(driver, corpus(200, 999));
    await wipeGraph(driver);
    const items = corpus(count, 1);
    const started = performance.now();
    const mentions = await writeInBatches(items, batchSize, concurrency, (batch) => writeArticles(driver, batch));
    const seconds = (performance.now() - started) / 1000;
    await wipeGraph(driver);
    return { mentions, seconds };
  } finally {
    await driver.close();
  }
}

interface BulkRun {
  articles: number;
  mentions: number;
  stages: BulkStageTimes;
  relationships: number;
  nodes: number;
  /** What the importer itself reported (IMPORT DONE in …), without its JVM start. */
  importerSeconds: number | null;
}

function importerSeconds(log: string): number | null {
  const done = /IMPORT DONE in (?:(\d+)m )?(?:(\d+)s )?(\d+)ms/.exec(log);
  if (!done) return null;
  return Number(done[1] ?? 0) * 60 + Number(done[2] ?? 0) + Number(done[3]) / 1000;
}

async function bulkRun(count: number, firstSeed: number): Promise<BulkRun> {
  const settings = resolveSettings();
  const driver = await connect(settings.connection);
  try {
    await wipeGraph(driver);
  } finally {
    await driver.close();
  }
  const stages = emptyBulkStageTimes();
  const fileRows = new Map<string, number>();
  const { source, extractor } = presetCorpus(count, firstSeed);
  const summary = await bulkIngest(source, { extractor, stageTimes: stages, fileRows });
  if (summary.rejected.length > 0) throw new Error(`the bulk load rejected ${summary.rejected.length} synthetic articles: ${summary.rejected[0]!.reason}`);
  const log = readFileSync(path.join(instanceDirs(settings.local).logs, 'bulk-import.log'), 'utf8');
  const nodeFiles = new Set(['articles', 'comments', 'stubs']);
  let nodes = 0;
  let relationships = 0;
  for (const [name, rows] of fileRows) {
    if (nodeFiles.has(name) || name.startsWith('entity-')) nodes += rows;
    else relationships += rows;
  }
  return { articles: summary.written, mentions: summary.mentions, stages, relationships, nodes, importerSeconds: importerSeconds(log) };
}

const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b);
const { connection } = resolveSettings();
if (connection.mode !== 'local') throw new Error('bench-bulk-write needs the managed local Neo4j: unset NEO4J_URI.');
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${round(os.totalmem() / 2 ** 30, 1)} GB RAM, node ${process.version}; Neo4j at ${connection.uri}; load average ${load()}`);

const base = await baseline(Number(values.baseline), Number(values['baseline-batch']), Number(values['baseline-concurrency']));
const baseRate = base.mentions / base.seconds;
console.log(
  `baseline: transactional writer, ${values.baseline} articles, batch ${values['baseline-batch']}, ${values['baseline-concurrency']} in flight: ${base.mentions} mentions in ${round(base.seconds, 1)} s = ${round(baseRate)} mentions/s (load ${load()})`,
);

console.log('| articles | mentions | nodes | relationships | fold + CSV s | stop s | import s (importer\'s own) | start + schema s | import mentions/s | load mentions/s | load × baseline | load average after |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
const runs: BulkRun[] = [];
for (const [i, size] of sizes.entries()) {
  const run = await bulkRun(size, 10_000 * (i + 1));
  runs.push(run);
  const { fold, stop, import: imported, restartSchema } = run.stages;
  const loadSeconds = fold + stop + imported + restartSchema;
  console.log(
    `| ${run.articles} | ${run.mentions} | ${run.nodes} | ${run.relationships} | ${round(fold, 1)} | ${round(stop, 1)} | ${round(imported, 1)} (${run.importerSeconds === null ? '?' : round(run.importerSeconds, 1)}) | ${round(restartSchema, 1)} | ${round(run.mentions / imported)} | ${round(run.mentions / loadSeconds)} | ${round(run.mentions / loadSeconds / baseRate, 1)} | ${load()} |`,
  );
}

// The marginal rate between consecutive sizes: what each further mention costs, the fixed part cancelled.
for (let i = 1; i < runs.length; i++) {
  const [a, b] = [runs[i - 1]!, runs[i]!];
  const dm = b.mentions - a.mentions;
  const total = (r: BulkRun) => r.stages.fold + r.stages.stop + r.stages.import + r.stages.restartSchema;
  const importer = a.importerSeconds !== null && b.importerSeconds !== null ? `, importer's own ${round(dm / (b.importerSeconds - a.importerSeconds))}` : '';
  console.log(
    `marginal ${a.articles} → ${b.articles} articles: import ${round(dm / (b.stages.import - a.stages.import))} mentions/s${importer}; whole load (fold + CSV + import + restart) ${round(dm / (total(b) - total(a)))} mentions/s = ${round(dm / (total(b) - total(a)) / baseRate, 1)} × baseline`,
  );
}

// Leave the instance empty, as found.
const driver = await connect(resolveSettings().connection);
try {
  await wipeGraph(driver);
} finally {
  await driver.close();
}
