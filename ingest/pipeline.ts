/**
 * read → extract → write, streaming: articles are taken from the readers in batches, the graph is
 * asked which of them it already holds unchanged (those skip extraction), the rest are extracted
 * and written while the next batch is read. Nothing holds the whole corpus.
 *
 * This file wires stages it is given (a source of read outcomes, an extractor, a driver or none
 * for a dry run); ingest/ingest.ts connects the real ones.
 */
import type { Driver } from 'neo4j-driver';
import { articleContentHash } from '../graph/content-hash.js';
import { storedHashes, writeArticles, type ExtractedArticle } from '../graph/writer.js';
import type { Article, ArticleExtraction } from '../src/types.js';
import { emptySummary, type IngestProgress, type IngestSummary } from './summary.js';

/** What a reader yields (ingest/read.ts's ReadOutcome has this shape). */
export type PipelineInput =
  | { ok: true; input: string; article: Article }
  | { ok: false; input: string; line: number | null; reason: string; hint: string | null };

export interface ArticleExtractor {
  extractArticle(article: Article): ArticleExtraction;
}

export interface PipelineOptions {
  /** Articles per write transaction. */
  batchSize?: number;
  /** Write transactions in flight at once. */
  concurrency?: number;
  /** Rewrite articles even when the graph holds the same version. */
  force?: boolean;
  onProgress?: (progress: IngestProgress) => void;
}

export interface PipelineStages {
  extractor: ArticleExtractor;
  /** null: a dry run, no database touched. */
  driver: Driver | null;
  database?: string;
}

export const DEFAULT_BATCH_SIZE = 100;
export const DEFAULT_CONCURRENCY = 2;

function countMentions(extraction: ArticleExtraction): number {
  return extraction.body.mentions.length + Object.values(extraction.comments).reduce((n, c) => n + c.mentions.length, 0);
}

export async function runPipeline(source: AsyncIterable<PipelineInput> | Iterable<PipelineInput>, stages: PipelineStages, options: PipelineOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const { driver, extractor, database } = stages;
  const summary = emptySummary(driver === null);
  const entityIds = new Set<string>();
  const progress: IngestProgress = { read: 0, written: 0, unchanged: 0, rejected: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;

  const extractAll = (articles: Article[]): ExtractedArticle[] => {
    const done: ExtractedArticle[] = [];
    for (const article of articles) {
      try {
        done.push({ article, extraction: extractor.extractArticle(article) });
      } catch (error) {
        // One article that extraction cannot handle never stops the rest.
        summary.rejected.push({ input: article.id, line: null, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`, hint: 'Report this article; the others were written.' });
        progress.rejected++;
      }
    }
    return done;
  };

  const flush = async (batch: Article[]) => {
    let todo = batch;
    if (driver && !options.force) {
      const stored = await storedHashes(driver, batch.map((a) => a.id), database);
      todo = batch.filter((a) => stored.get(a.id) !== articleContentHash(a));
      summary.unchanged += batch.length - todo.length;
      progress.unchanged += batch.length - todo.length;
    }
    const extracted = extractAll(todo);
    if (!driver) {
      for (const { article, extraction } of extracted) {
        summary.comments += article.comments.length;
        summary.mentions += countMentions(extraction);
        for (const e of extraction.entities) entityIds.add(e.id);
      }
      report();
      return;
    }
    const write = writeArticles(driver, extracted, { database, force: options.force }).then((result) => {
      summary.written += result.written;
      summary.unchanged += result.unchanged;
      summary.comments += result.comments;
      summary.mentions += result.mentions;
      for (const id of result.entityIds) entityIds.add(id);
      progress.written += result.written;
      progress.unchanged += result.unchanged;
      report();
    });
    const tracked: Promise<void> = write.catch((error: unknown) => {
      failure ??= error;
    });
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  };

  let batch: Article[] = [];
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
    batch.push(outcome.article);
    if (batch.length >= batchSize) {
      await flush(batch);
      batch = [];
    }
    if (progress.read % 10 === 0) report();
  }
  if (batch.length > 0 && !failure) await flush(batch);
  await Promise.all(inFlight);
  if (failure) throw failure;

  summary.entities = entityIds.size;
  summary.seconds = (performance.now() - started) / 1000;
  report();
  return summary;
}
