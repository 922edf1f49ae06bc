/**
 * read → extract → write, streaming: articles are taken from the readers in batches, the graph is
 * asked which of them it already holds unchanged (those skip extraction), the rest are extracted
 * and written while the next batch is read. Nothing holds the whole corpus.
 *
 * Bounded everywhere: at most `concurrency + EXTRACT_AHEAD` batches are between read and written
 * (reading waits when they are), and at most `concurrency` of them are in a write transaction, so a
 * slow database slows reading down instead of letting memory grow. The extractor may answer with a
 * promise (ingest/extract-pool.ts, worker threads): a batch's articles are then extracted in
 * parallel, and later batches are extracted while earlier ones are written.
 *
 * This file wires stages it is given (a source of read outcomes, an extractor, a driver or none
 * for a dry run); ingest/ingest.ts connects the real ones.
 */
import type { Driver } from 'neo4j-driver';
import { articleContentHash } from '../graph/content-hash.js';
import { storedHashes, writeArticles, type ExtractedArticle } from '../graph/writer.js';
import type { Article, ArticleExtraction } from '../src/types.js';
import { emptySummary, type IngestProgress, type IngestSummary } from './summary.js';
import { batchSizeAt, DEFAULT_FIRST_BATCH_SIZE } from './batch-sizes.js';
import { extractBatch } from './extract-batch.js';
import { describeWriteFailure } from './write-failure.js';
import { writeIsolated } from './write-isolated.js';

/** What a reader yields (ingest/read.ts's ReadOutcome has this shape). */
export type PipelineInput =
  | { ok: true; input: string; article: Article }
  | { ok: false; input: string; line: number | null; reason: string; hint: string | null };

/** What the pipeline knows about a batch before extracting it (ingest/scaled-extractor.ts sizes itself on it). */
export interface BatchPlan {
  /** 0 for the first batch that needs extraction, then 1, 2… */
  index: number;
  /** True when the input has no article after this batch. */
  last: boolean;
  articles: number;
  /**
   * True when the whole input is read and holds at most one full batch (--batch-size) of articles,
   * however many slow-start batches it makes (ingest/batch-sizes.ts); false when it holds more.
   * Left out by callers that do not know (the bulk load): read it as `index === 0 && last`.
   */
  smallInput?: boolean;
}

export interface ArticleExtractor {
  /** In-process (synchronous) or from a worker pool (a promise); a throw or rejection costs only that article. */
  extractArticle(article: Article): ArticleExtraction | PromiseLike<ArticleExtraction>;
  /** Called before each batch is extracted; an extractor may load or start workers here. */
  prepare?(plan: BatchPlan): void | Promise<void>;
}

/** Milliseconds spent per stage, summed over batches (stages overlap, so these add up to more than the wall time). */
export interface StageTimes {
  hashes: number;
  extract: number;
  write: number;
}

export interface PipelineOptions {
  /** Articles per write transaction. */
  batchSize?: number;
  /**
   * Slow start: the first batch holds this many articles and each next one twice as many, up to
   * `batchSize`, so writing starts while the rest is extracted (ingest/batch-sizes.ts). Default 400
   * (with the default `batchSize`: off, see there); `batchSize` or more turns it off.
   */
  firstBatchSize?: number;
  /** Write transactions in flight at once. */
  concurrency?: number;
  /** Rewrite articles even when the graph holds the same version. */
  force?: boolean;
  onProgress?: (progress: IngestProgress) => void;
  /** When given, each stage's time is added here (the benchmark reports it). */
  stageTimes?: StageTimes;
}

export interface PipelineStages {
  extractor: ArticleExtractor;
  /** null: a dry run, no database touched. */
  driver: Driver | null;
  database?: string;
}

export const DEFAULT_BATCH_SIZE = 400;
export const DEFAULT_CONCURRENCY = 2;
/** Batches read and being extracted beyond those being written: keeps extraction busy while writes run. */
export const EXTRACT_AHEAD = 2;

function countMentions(extraction: ArticleExtraction): number {
  return extraction.body.mentions.length + Object.values(extraction.comments).reduce((n, c) => n + c.mentions.length, 0);
}

export async function runPipeline(source: AsyncIterable<PipelineInput> | Iterable<PipelineInput>, stages: PipelineStages, options: PipelineOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const firstBatchSize = options.firstBatchSize ?? DEFAULT_FIRST_BATCH_SIZE;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const { driver, extractor, database } = stages;
  const summary = emptySummary(driver === null);
  const entityIds = new Set<string>();
  const progress: IngestProgress = { read: 0, written: 0, unchanged: 0, rejected: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const inFlight = new Set<Promise<void>>();
  const times = options.stageTimes;
  let failure: unknown;

  // Write slots: at most `concurrency` transactions at once, handed out in the order asked.
  let writing = 0;
  const waitingToWrite: Array<() => void> = [];
  const acquireWrite = async () => {
    while (writing >= concurrency) await new Promise<void>((resolve) => waitingToWrite.push(resolve));
    writing++;
  };
  const releaseWrite = () => {
    writing--;
    waitingToWrite.shift()?.();
  };

  let extractedBatches = 0;
  const extractAll = async (articles: Article[], last: boolean, smallInput: boolean): Promise<ExtractedArticle[]> => {
    if (articles.length === 0) return [];
    const started = performance.now();
    // One article that extraction cannot handle never stops the rest.
    const done = await extractBatch(extractor, articles, { index: extractedBatches++, last, articles: articles.length, smallInput }, (rejection) => {
      summary.rejected.push(rejection);
      progress.rejected++;
    });
    if (times) times.extract += performance.now() - started;
    return done;
  };

  // Article ids of batches not yet written, each with its batch's end. A batch holding a later
  // version of one of them writes only after that batch ends: extraction may finish out of order
  // and two transactions may be in flight, and the version read last must be the one that stays.
  const unwritten = new Map<string, Promise<void>>();

  const processBatch = async (batch: Article[], last: boolean, smallInput: boolean, earlier: Array<Promise<void>>) => {
    let todo = batch;
    if (driver && !options.force) {
      const started = performance.now();
      const stored = await storedHashes(driver, batch.map((a) => a.id), database);
      if (times) times.hashes += performance.now() - started;
      // Hashed only when the graph holds a version to compare with (a fresh ingest hashes each
      // article once, in the writer's rows, instead of twice).
      todo = batch.filter((a) => {
        const hash = stored.get(a.id);
        return hash == null || hash !== articleContentHash(a);
      });
      summary.unchanged += batch.length - todo.length;
      progress.unchanged += batch.length - todo.length;
    }
    const extracted = await extractAll(todo, last, smallInput);
    if (!driver) {
      for (const { article, extraction } of extracted) {
        summary.comments += article.comments.length;
        summary.mentions += countMentions(extraction);
        for (const e of extraction.entities) entityIds.add(e.id);
      }
      report();
      return;
    }
    if (earlier.length > 0) await Promise.all(earlier);
    await acquireWrite();
    const started = performance.now();
    try {
      // The last version of an id wins when a batch holds it twice (as writeArticles does), before any split.
      const unique = [...new Map(extracted.map((item) => [item.article.id, item] as const)).values()];
      // An article Neo4j refuses is rejected by name and the rest of the batch is written.
      const { result, rejected } = await writeIsolated(unique, (group) => writeArticles(driver, group, { database, force: options.force }), (item) => item.article.id);
      if (times) times.write += performance.now() - started;
      for (const { rejection } of rejected) summary.rejected.push(rejection);
      progress.rejected += rejected.length;
      summary.written += result.written;
      summary.unchanged += result.unchanged;
      summary.comments += result.comments;
      summary.mentions += result.mentions;
      for (const id of result.entityIds) entityIds.add(id);
      progress.written += result.written;
      progress.unchanged += result.unchanged;
      report();
    } finally {
      releaseWrite();
    }
  };

  const flush = async (batch: Article[], last: boolean, smallInput: boolean) => {
    const earlier = new Set<Promise<void>>();
    for (const { id } of batch) {
      const pending = unwritten.get(id);
      if (pending) earlier.add(pending);
    }
    let ended!: () => void;
    const end = new Promise<void>((resolve) => (ended = resolve));
    for (const { id } of batch) unwritten.set(id, end);
    const tracked: Promise<void> = processBatch(batch, last, smallInput, [...earlier])
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        ended();
        for (const { id } of batch) if (unwritten.get(id) === end) unwritten.delete(id);
      });
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
    // Back-pressure: reading waits while the pipeline holds its quota of batches.
    while (inFlight.size >= concurrency + EXTRACT_AHEAD) await Promise.race(inFlight);
  };

  // Articles read and not yet handed on. A batch goes once an article beyond it is read (so the
  // extractor knows the last batch); the first waits until more than a full --batch-size is read or
  // the input ends, so the extractor knows a small input is small even when slow start cuts it into
  // several batches (a small input is extracted in this thread, ingest/scaled-extractor.ts).
  const pending: Article[] = [];
  let flushed = 0;
  const nextSize = () => batchSizeAt(flushed, firstBatchSize, batchSize);
  const takeBatch = (): Article[] => {
    const batch = pending.splice(0, nextSize());
    flushed++;
    return batch;
  };
  for await (const outcome of source) {
    if (failure) break;
    if (!outcome.ok) {
      summary.rejected.push({ input: outcome.input, line: outcome.line, reason: outcome.reason, hint: outcome.hint });
      progress.rejected++;
      report();
      continue;
    }
    summary.articles++;
    progress.read++;
    pending.push(outcome.article);
    if (progress.read % 10 === 0) report();
    while (!failure && pending.length > nextSize() && (flushed > 0 || pending.length > batchSize)) await flush(takeBatch(), false, false);
  }
  const smallInput = summary.articles <= batchSize;
  while (pending.length > 0 && !failure) {
    const batch = takeBatch();
    await flush(batch, pending.length === 0, smallInput);
  }
  await Promise.all(inFlight);
  if (failure) throw describeWriteFailure(failure, summary.written);

  summary.entities = entityIds.size;
  summary.seconds = (performance.now() - started) / 1000;
  report();
  return summary;
}
