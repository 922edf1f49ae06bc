/**
 * End-to-end ingest speed (`npm run bench`): for each corpus, the whole pipeline into Neo4j
 * (read → extract on worker threads → batched writes), then, in the same run on the same articles
 * and the same number of workers, reading alone and the bare baseline: kuromoji tokenization
 * (Japanese) or a compromise parse (English) and nothing else. Prints per-stage figures, chars/s,
 * articles/s, peak RSS and the ratio end-to-end ÷ baseline. Each timed part starts once the managed
 * Neo4j is idle (scripts/neo4j-cpu.ts), so that no run pays for the work an earlier one left.
 *
 *   NEWSGRAPH_DB_DIR=.newsgraph/bench NEWSGRAPH_BOLT_PORT=7761 npx newsgraph db start
 *   NEWSGRAPH_DB_DIR=.newsgraph/bench NEWSGRAPH_BOLT_PORT=7761 npm run bench -- --wipe [--limit 500]
 *
 * Options: --ja PATH, --en PATH (default ../shared/corpus/…), --limit N (articles per corpus),
 * --workers N (default: cores), --batch-size N, --baseline-runs N (default 2, averaged), --wipe (empty the graph first; without it the
 * benchmark refuses a graph that already holds something), --json.
 *
 * A/B: --first-batch N[,M…] (slow start, ingest/batch-sizes.ts; default the pipeline's) and
 * --batch-size N[,M…] and --worker-nice N[,M…] (ingest/extract-pool.ts) run the end-to-end part
 * once per combination, alternating, --rounds R times, the graph emptied before each run
 * (needs --wipe); the first run is the one reported above the others. --corpora ja|en|ja,en.
 *
 * --bulk: after each corpus's transactional run, the graph is emptied and the same articles are
 * loaded again with `ingest --bulk` (ingest/bulk.ts: fold into CSV files, stop Neo4j, neo4j-admin
 * import, start, schema), on a pool of the same size; printed beside it: seconds per stage, mentions
 * per second of the load (everything after extraction), the ratio to the same baseline, peak RSS of
 * this process and of the importer (a JVM of its own, from its log). It needs the managed local
 * Neo4j (NEWSGRAPH_DB_DIR / NEWSGRAPH_BOLT_PORT), which it stops and starts.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { connect } from '../graph/driver.js';
import { instanceDirs } from '../graph/local/conf.js';
import { wipeGraph } from '../graph/wipe.js';
import { bulkIngest, emptyBulkStageTimes, type BulkStageTimes } from '../ingest/bulk.js';
import { freshBenchGraph } from './bench-graph.js';
import { neo4jCpuSeconds, waitForQuietNeo4j } from './neo4j-cpu.js';
import { createExtractPool, DEFAULT_WORKER_NICE } from '../ingest/extract-pool.js';
import { DEFAULT_FIRST_BATCH_SIZE } from '../ingest/batch-sizes.js';
import { DEFAULT_BATCH_SIZE, runPipeline, type PipelineInput, type StageTimes } from '../ingest/pipeline.js';
import { readInputs } from '../ingest/read.js';
import { resolveSettings } from '../src/settings.js';
import type { Article } from '../src/types.js';

const { values } = parseArgs({
  options: {
    ja: { type: 'string', default: '../shared/corpus/ja-livedoor' },
    en: { type: 'string', default: '../shared/corpus/en-wikinews' },
    limit: { type: 'string' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    'first-batch': { type: 'string', default: String(DEFAULT_FIRST_BATCH_SIZE) },
    rounds: { type: 'string', default: '1' },
    'baseline-runs': { type: 'string', default: '2' },
    corpora: { type: 'string', default: 'ja,en' },
    'worker-nice': { type: 'string', default: String(DEFAULT_WORKER_NICE) },
    wipe: { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const limit = values.limit === undefined ? Infinity : Number(values.limit);
const workers = Number(values.workers);
const batchSizes = values['batch-size'].split(',').map(Number);
const batchSize = batchSizes[0]!;
const firstBatches = values['first-batch'].split(',').map(Number);
const rounds = Math.max(1, Number(values.rounds));
const baselineRuns = Math.max(1, Number(values['baseline-runs']));
const corpora = values.corpora.split(',');
const nices = values['worker-nice'].split(',').map(Number);
const variants = nices.flatMap((nice) => batchSizes.flatMap((full) => firstBatches.map((first) => ({ full, first, nice }))));
if (variants.length * rounds > 1 && !values.wipe) throw new Error('--first-batch with several values or --rounds > 1 empties the graph between runs: pass --wipe.');
const BASELINE_WORKER = new URL('./bench-workers/baseline-worker.ts', import.meta.url);

function charsOf(article: Article): number {
  return article.body.length + article.comments.reduce((n, c) => n + c.text.length, 0);
}

/** The first `limit` articles of a corpus (rejections pass through), counting their characters. */
async function* limited(path: string, counter: { articles: number; chars: number }): AsyncGenerator<PipelineInput> {
  // A corpus folder also holds LICENSE and README texts: only its JSON Lines are articles.
  const input = statSync(path).isDirectory() ? `${path}/*.jsonl` : path;
  for await (const outcome of readInputs([input])) {
    if (outcome.ok) {
      if (counter.articles >= limit) return;
      counter.articles++;
      counter.chars += charsOf(outcome.article);
    }
    yield outcome;
  }
}

/** Peak resident set size of the process (all threads), sampled every 50 ms. */
function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

interface EndToEndRun {
  batchSize: number;
  /** Nice value added to the extraction workers. */
  nice: number;
  firstBatch: number;
  seconds: number;
  charsPerSecond: number;
  articlesPerSecond: number;
  peakRssMb: number;
  poolStartSeconds: number;
  extractWorkerSeconds: number;
  writeSeconds: number;
  hashSeconds: number;
  /** CPU seconds of this process (main thread and workers) and of Neo4j during the run. */
  nodeCpuSeconds: number;
  neo4jCpuSeconds: number | null;
  written: number;
  rejected: number;
  /** Filled in once the baseline ran. */
  ratio: number;
  /** Seconds waited for an idle Neo4j before the run (null: not measurable or never idle). */
  quietWait: number | null;
}

interface CorpusResult {
  /** Every end-to-end run (several with --first-batch A,B or --rounds); the first is the one below. */
  runs: EndToEndRun[];
  firstBatch: number;
  corpus: string;
  articles: number;
  chars: number;
  rejected: number;
  workers: number;
  poolStartSeconds: number;
  endToEnd: { seconds: number; charsPerSecond: number; articlesPerSecond: number; peakRssMb: number };
  cpu: { nodeSeconds: number; neo4jSeconds: number | null };
  stages: {
    read: { seconds: number; charsPerSecond: number };
    /** Worker time spent extracting ÷ workers: what extraction alone would take on these cores. */
    extract: { workerSeconds: number; charsPerSecond: number };
    write: { transactionSeconds: number; articlesPerSecond: number };
    hashes: { seconds: number };
  };
  /** `seconds`: the mean of `runs`, each a fresh pool on an idle server. */
  baseline: { what: string; seconds: number; runs: number[]; charsPerSecond: number };
  ratio: number;
  bulk?: BulkResult;
}

interface BulkResult {
  written: number;
  mentions: number;
  rejected: number;
  seconds: number;
  stages: BulkStageTimes;
  /** Fold/CSV + stop + import + restart and schema: the load after extraction. */
  loadSeconds: number;
  loadMentionsPerSecond: number;
  importMentionsPerSecond: number;
  charsPerSecond: number;
  ratio: number;
  peakRssMb: number;
  importerPeak: string | null;
  wipeSeconds: number;
}

/** The bulk load of the same articles into the emptied graph; the driver is replaced (the server restarts). */
async function benchBulk(holder: { driver: Driver }, corpus: string): Promise<Omit<BulkResult, 'ratio'>> {
  const wipeStarted = performance.now();
  await wipeGraph(holder.driver);
  const wipeSeconds = (performance.now() - wipeStarted) / 1000;
  await holder.driver.close();
  const pool = await createExtractPool({ workers });
  const stages = emptyBulkStageTimes();
  const counter = { articles: 0, chars: 0 };
  const rss = rssSampler();
  const started = performance.now();
  try {
    const summary = await bulkIngest(limited(corpus, counter), { extractor: pool, batchSize, stageTimes: stages, afterExtraction: () => pool.close() });
    const seconds = (performance.now() - started) / 1000;
    const loadSeconds = stages.fold + stages.stop + stages.import + stages.restartSchema;
    const { local } = resolveSettings();
    const log = readFileSync(path.join(instanceDirs(local).logs, 'bulk-import.log'), 'utf8');
    return {
      written: summary.written,
      mentions: summary.mentions,
      rejected: summary.rejected.length,
      seconds,
      stages,
      loadSeconds,
      loadMentionsPerSecond: summary.mentions / loadSeconds,
      importMentionsPerSecond: summary.mentions / stages.import,
      charsPerSecond: counter.chars / seconds,
      peakRssMb: rss.stop() / 1024 / 1024,
      importerPeak: /Peak memory usage: ([\d.]+\s*\w+)/.exec(log)?.[1] ?? null,
      wipeSeconds,
    };
  } finally {
    await pool.close();
    holder.driver = await connect(resolveSettings().connection);
  }
}

/**
 * One end-to-end run on an idle server (a wipe or an earlier run leaves Neo4j busy for seconds):
 * a pool started apart (its time is given apart), then runPipeline timed.
 */
async function endToEnd(driver: Driver, path: string, firstBatch: number, batchSize: number, nice: number): Promise<EndToEndRun & { articles: number; chars: number }> {
  const quietWait = await waitForQuietNeo4j();
  const poolStarted = performance.now();
  const pool = await createExtractPool({ workers, nice });
  const poolStartSeconds = (performance.now() - poolStarted) / 1000;
  const counter = { articles: 0, chars: 0 };
  const times: StageTimes = { hashes: 0, extract: 0, write: 0 };
  const rss = rssSampler();
  const neo4jBefore = neo4jCpuSeconds();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  try {
    const summary = await runPipeline(limited(path, counter), { extractor: pool, driver }, { batchSize, firstBatchSize: firstBatch, stageTimes: times });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const neo4jAfter = neo4jCpuSeconds();
    return {
      batchSize,
      nice,
      nodeCpuSeconds: (cpu.user + cpu.system) / 1e6,
      neo4jCpuSeconds: neo4jBefore === null || neo4jAfter === null ? null : neo4jAfter - neo4jBefore,
      firstBatch,
      articles: counter.articles,
      chars: counter.chars,
      seconds,
      charsPerSecond: counter.chars / seconds,
      articlesPerSecond: counter.articles / seconds,
      peakRssMb: rss.stop() / 1024 / 1024,
      poolStartSeconds,
      extractWorkerSeconds: pool.busyMs / 1000,
      writeSeconds: times.write / 1000,
      hashSeconds: times.hashes / 1000,
      written: summary.written,
      rejected: summary.rejected.length,
      ratio: 0,
      quietWait,
    };
  } finally {
    rss.stop();
    await pool.close();
  }
}

async function benchCorpus(holder: { driver: Driver }, path: string, lang: 'ja' | 'en'): Promise<CorpusResult> {
  const { driver } = holder;
  // 1. End to end, first, so that peak RSS is the pipeline's alone; with A/B values, alternating
  //    into an emptied graph each time.
  const runs: Array<EndToEndRun & { articles: number; chars: number }> = [];
  for (let round = 0; round < rounds; round++) {
    for (const { full, first, nice } of variants) {
      if (runs.length > 0) await wipeGraph(driver);
      runs.push(await endToEnd(driver, path, first, full, nice));
    }
  }
  const main = runs[0]!;

  // 2. Reading alone, keeping the articles for the baseline.
  const articles: Article[] = [];
  const readStarted = performance.now();
  for await (const outcome of limited(path, { articles: 0, chars: 0 })) if (outcome.ok) articles.push(outcome.article);
  const readSeconds = (performance.now() - readStarted) / 1000;

  // 3. The bare baseline on the same articles and the same number of worker threads, each run in a
  //    fresh pool (cold, like the end-to-end run's) on an idle server, at normal priority: nothing
  //    else of ours runs beside it. Several runs, averaged: back to back they differ by up to 20 %.
  const baselineSeconds: number[] = [];
  for (let run = 0; run < baselineRuns; run++) {
    await waitForQuietNeo4j();
    const baselinePool = await createExtractPool({ workers, workerUrl: BASELINE_WORKER, nice: 0 });
    const baseStarted = performance.now();
    await Promise.all(articles.map((a) => baselinePool.extractArticle(a)));
    baselineSeconds.push((performance.now() - baseStarted) / 1000);
    await baselinePool.close();
  }
  const baselineMean = baselineSeconds.reduce((a, b) => a + b, 0) / baselineSeconds.length;

  const baselineCps = main.chars / baselineMean;
  for (const run of runs) run.ratio = run.charsPerSecond / baselineCps;
  // 4. The bulk load of the same articles, when asked (after the baseline: its RSS is its own sample).
  const bulk = values.bulk ? await benchBulk(holder, path) : undefined;
  return {
    runs: runs.map(({ articles: _a, chars: _c, ...run }) => run),
    firstBatch: main.firstBatch,
    bulk: bulk && { ...bulk, ratio: bulk.charsPerSecond / baselineCps },
    corpus: path,
    articles: main.articles,
    chars: main.chars,
    rejected: main.rejected,
    workers,
    poolStartSeconds: main.poolStartSeconds,
    cpu: { nodeSeconds: main.nodeCpuSeconds, neo4jSeconds: main.neo4jCpuSeconds },
    endToEnd: { seconds: main.seconds, charsPerSecond: main.charsPerSecond, articlesPerSecond: main.articlesPerSecond, peakRssMb: main.peakRssMb },
    stages: {
      read: { seconds: readSeconds, charsPerSecond: main.chars / readSeconds },
      extract: { workerSeconds: main.extractWorkerSeconds, charsPerSecond: main.chars / (main.extractWorkerSeconds / workers) },
      write: { transactionSeconds: main.writeSeconds, articlesPerSecond: main.written / main.writeSeconds },
      hashes: { seconds: main.hashSeconds },
    },
    baseline: { what: lang === 'ja' ? 'kuromoji tokenize' : 'compromise parse', seconds: baselineMean, runs: baselineSeconds, charsPerSecond: baselineCps },
    ratio: main.ratio,
  };
}

const round = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function describe(r: CorpusResult): string {
  return [
    `${r.corpus}: ${r.articles} articles, ${round(r.chars)} chars, ${r.workers} workers (pool start ${round(r.poolStartSeconds, 1)} s, not in end to end), ${r.rejected} rejected; batches ${r.firstBatch} doubling to ${r.runs[0]!.batchSize}`,
    `  end to end      ${round(r.endToEnd.seconds, 1)} s  ${round(r.endToEnd.charsPerSecond)} chars/s  ${round(r.endToEnd.articlesPerSecond, 1)} articles/s  peak RSS ${round(r.endToEnd.peakRssMb)} MB  (after ${r.runs[0]!.quietWait === null ? '?' : round(r.runs[0]!.quietWait, 1)} s waiting for an idle Neo4j)`,
    `  CPU             ${round(r.cpu.nodeSeconds, 1)} s this process (main thread + workers), ${r.cpu.neo4jSeconds === null ? 'Neo4j not measured' : `${round(r.cpu.neo4jSeconds, 1)} s Neo4j`}`,
    `  read alone      ${round(r.stages.read.seconds, 1)} s  ${round(r.stages.read.charsPerSecond)} chars/s`,
    `  extract         ${round(r.stages.extract.workerSeconds, 1)} worker-s  ${round(r.stages.extract.charsPerSecond)} chars/s on ${r.workers} workers`,
    `  write           ${round(r.stages.write.transactionSeconds, 1)} s in transactions  ${round(r.stages.write.articlesPerSecond, 1)} articles per transaction-second`,
    `  hash check      ${round(r.stages.hashes.seconds, 1)} s`,
    `  baseline        ${r.baseline.what}: ${round(r.baseline.seconds, 1)} s  ${round(r.baseline.charsPerSecond)} chars/s on ${r.workers} workers (mean of ${r.baseline.runs.map((x) => `${round(x, 1)} s`).join(', ')})`,
    `  ratio           end to end ÷ baseline = ${round(r.ratio, 2)}`,
    ...(r.runs.length > 1 ? r.runs.map((run, i) => `  run ${i + 1}           batch ${run.batchSize}, first ${run.firstBatch}, nice ${run.nice}: ${round(run.seconds, 2)} s  ratio ${round(run.ratio, 2)}  extract ${round(run.extractWorkerSeconds, 1)} worker-s  write ${round(run.writeSeconds, 2)} s in tx  hash check ${round(run.hashSeconds, 2)} s  CPU node ${round(run.nodeCpuSeconds, 1)} s, Neo4j ${run.neo4jCpuSeconds === null ? '?' : round(run.neo4jCpuSeconds, 1)} s  peak RSS ${round(run.peakRssMb)} MB`) : []),
    ...(r.bulk ? describeBulk(r.bulk) : []),
  ].join('\n');
}

function describeBulk(b: BulkResult): string[] {
  const s = b.stages;
  return [
    `  bulk load       ${round(b.seconds, 1)} s end to end (${b.written} written, ${b.rejected} rejected; graph wiped before in ${round(b.wipeSeconds, 1)} s)  ${round(b.charsPerSecond)} chars/s  peak RSS ${round(b.peakRssMb)} MB, importer JVM ${b.importerPeak ?? '?'}`,
    `    stages        read+extract wait ${round(s.readExtract, 1)} s · fold/CSV ${round(s.fold, 1)} s · stop ${round(s.stop, 1)} s · import ${round(s.import, 1)} s · restart+schema ${round(s.restartSchema, 1)} s · edits ${round(s.edits, 1)} s`,
    `    load          ${round(b.mentions)} mentions in ${round(b.loadSeconds, 1)} s after extraction = ${round(b.loadMentionsPerSecond)} mentions/s (import alone ${round(b.importMentionsPerSecond)} mentions/s)`,
    `    ratio         bulk end to end ÷ baseline = ${round(b.ratio, 2)}`,
  ];
}

async function main(): Promise<void> {
  const { connection } = resolveSettings();
  const holder = { driver: await connect(connection) };
  try {
    await freshBenchGraph(holder.driver, connection.uri, values.wipe);
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${round(totalmem() / 1024 ** 3, 1)} GB RAM, node ${process.version}`;
    const loadBefore = loadavg();
    const results: CorpusResult[] = [];
    if (corpora.includes('ja')) results.push(await benchCorpus(holder, values.ja, 'ja'));
    if (corpora.includes('en')) results.push(await benchCorpus(holder, values.en, 'en'));
    const loadAfter = loadavg();
    if (values.json) process.stdout.write(`${JSON.stringify({ machine, loadBefore, loadAfter, results })}\n`);
    else {
      process.stdout.write(`machine: ${machine}; load average before ${loadBefore.map((l) => round(l, 2)).join(' ')}, after ${loadAfter.map((l) => round(l, 2)).join(' ')}\n`);
      for (const r of results) process.stdout.write(`${describe(r)}\n`);
    }
  } finally {
    await holder.driver.close();
  }
}

await main();
