/**
 * Extraction sized to the input. A worker thread costs ~350 MB and seconds of loading, so:
 *
 * - an input of at most one full batch (--batch-size articles) is extracted in this thread, no
 *   worker at all, even when slow start cuts it into several smaller batches (the pipeline reads
 *   ahead a full batch before the first one, and says so in `plan.smallInput`);
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
  let inThreadQueue: Promise<void> = Promise.resolve();

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
      const small = plan.smallInput ?? (plan.index === 0 && plan.last);
      if (mode === 'none') mode = limit === 1 || (plan.index === 0 && small) ? 'thread' : 'workers';
      if (mode === 'thread') await thread();
      else (await workers()).grow(plan.index + 1);
    },
    async extractArticle(article: Article): Promise<ArticleExtraction> {
      // Callers that do not plan batches get workers when allowed more than one.
      if (mode === 'none') mode = limit === 1 ? 'thread' : 'workers';
      if (mode === 'thread') {
        // One article at a time, each after a turn of the event loop: a batch written meanwhile
        // (slow start) gets its driver's replies read, instead of waiting until this whole batch
        // is extracted. (Immediates queued together would run back to back, with no I/O between.)
        const turn = inThreadQueue.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
        const extraction = turn.then(async () => (await thread()).extractArticle(article));
        inThreadQueue = extraction.then(
          () => undefined,
          () => undefined,
        );
        return extraction;
      }
      return (await workers()).extractArticle(article);
    },
    async close(): Promise<void> {
      await (await pool)?.close();
    },
  };
}
