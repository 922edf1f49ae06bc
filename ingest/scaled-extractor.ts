/**
 * Extraction sized to the input. A worker thread costs ~350 MB and seconds of loading, so:
 *
 * - an input that is one batch or less is extracted in this thread (no worker at all);
 * - otherwise workers start as batches come, one more per batch that needs extraction, up to the
 *   limit: never more workers than batches, and a rerun whose articles are all unchanged starts none.
 *
 * The pipeline (ingest/pipeline.ts) calls `prepare` before it extracts each batch.
 */
import { createExtractor } from '../src/extract/index.js';
import type { Article, ArticleExtraction } from '../src/types.js';
import { createExtractPool, type ExtractPool } from './extract-pool.js';
import type { ArticleExtractor, BatchPlan } from './pipeline.js';

type InThread = { extractArticle(article: Article): ArticleExtraction };

export interface ScaledExtractor extends ArticleExtractor {
  prepare(plan: BatchPlan): Promise<void>;
  /** 'none' until the first batch, then 'thread' or 'workers'. */
  readonly mode: 'none' | 'thread' | 'workers';
  /** Worker threads started (0 when extracting in this thread). */
  readonly workersStarted: number;
  close(): Promise<void>;
}

export interface ScaledExtractorOptions {
  /** Most worker threads; 1 extracts in this thread whatever the input. */
  workers: number;
  /** Tests pass their own; default: the real extractor and pool. */
  loadInThread?: () => Promise<InThread>;
  startPool?: (workers: number) => Promise<ExtractPool>;
}

export function createScaledExtractor(options: ScaledExtractorOptions): ScaledExtractor {
  const limit = Math.max(1, options.workers);
  const loadInThread = options.loadInThread ?? createExtractor;
  const startPool = options.startPool ?? ((workers: number) => createExtractPool({ workers, lazy: true }));
  let inThread: Promise<InThread> | null = null;
  let pool: Promise<ExtractPool> | null = null;
  let mode: ScaledExtractor['mode'] = 'none';
  let poolNow: ExtractPool | null = null;

  const thread = () => (inThread ??= loadInThread());
  const workers = () =>
    (pool ??= startPool(limit).then((p) => {
      poolNow = p;
      return p;
    }));

  return {
    get mode() {
      return mode;
    },
    get workersStarted() {
      return poolNow?.started ?? 0;
    },
    async prepare(plan: BatchPlan): Promise<void> {
      if (mode === 'none') mode = limit === 1 || (plan.index === 0 && plan.last) ? 'thread' : 'workers';
      if (mode === 'thread') await thread();
      else (await workers()).grow(plan.index + 1);
    },
    async extractArticle(article: Article): Promise<ArticleExtraction> {
      // Callers that do not plan batches get workers when allowed more than one.
      if (mode === 'none') mode = limit === 1 ? 'thread' : 'workers';
      if (mode === 'thread') return (await thread()).extractArticle(article);
      return (await workers()).extractArticle(article);
    },
    async close(): Promise<void> {
      await (await pool)?.close();
    },
  };
}
