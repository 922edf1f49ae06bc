/**
 * A pool of extraction worker threads, so extraction runs on every core. Each worker loads kuromoji
 * and the gazetteers once (ingest/extract-worker.ts); the pool hands out one article at a time, at
 * most `perWorker` outstanding per worker, and answers each `extractArticle` call with a promise.
 *
 * An article that throws in a worker rejects its own promise with an ExtractionError naming the
 * article; a worker that dies (an uncaught error, process.exit, out of memory) fails the article it
 * was working on, is replaced, and the articles queued behind it go to the replacement.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { NewsgraphError } from '../src/errors.js';
import type { Article, ArticleExtraction } from '../src/types.js';
import type { FromWorker, ToWorker } from './extract-messages.js';

export const DEFAULT_WORKER_URL = new URL('./extract-worker.ts', import.meta.url);

/**
 * Workers run this much nicer than the rest of the process (Linux applies a thread's nice value to
 * that thread alone). On a machine whose cores also run Neo4j, the workers would otherwise take the
 * database's share: each write transaction then waits for CPU, the writes (the pipeline's critical
 * path) fall behind and the workers soon idle behind back-pressure. Niced, they take what the
 * database and the main thread leave, so every core stays busy. docs/performance.md has the A/B.
 */
export const DEFAULT_WORKER_NICE = 10;

/** One article could not be extracted; `articleId` names it. */
export class ExtractionError extends NewsgraphError {
  constructor(
    readonly articleId: string,
    reason: string,
  ) {
    super(`extraction failed for article ${articleId}: ${reason}`, { hint: 'Report this article; the others were extracted.' });
  }
}

/** The workers could not start, or kept dying. */
export class ExtractPoolError extends NewsgraphError {}

export interface ExtractPoolOptions {
  /** Worker threads; default: the cores available. */
  workers?: number;
  /** Articles sent ahead to each worker, so it never waits for the next one. */
  perWorker?: number;
  /** Added to each worker thread's nice value (default DEFAULT_WORKER_NICE; 0 leaves it as the process's). */
  nice?: number;
  /** The worker module (tests pass their own); it must call serveExtractions(). */
  workerUrl?: URL;
  /** Replacements allowed over the pool's life before it gives up. */
  maxRestarts?: number;
  /**
   * Start no worker up front: `grow(n)` starts them (at most `workers`), and the first article
   * starts one if none is. A worker costs ~350 MB and seconds of loading, so a small input should
   * not pay for every core. A worker that cannot load then fails the pool (ExtractPoolError).
   */
  lazy?: boolean;
}

export interface ExtractPool {
  /** Most workers this pool runs. */
  readonly size: number;
  /** Workers started so far (lazy pools start them as asked). */
  readonly started: number;
  /** Starts workers until `n` (at most `size`) have been started; returns at once. */
  grow(n: number): void;
  /** Workers replaced after dying. */
  readonly restarts: number;
  /** Milliseconds the workers spent extracting, summed over workers (the benchmark's extract stage). */
  readonly busyMs: number;
  extractArticle(article: Article): Promise<ArticleExtraction>;
  close(): Promise<void>;
}

interface Job {
  seq: number;
  article: Article;
  resolve(extraction: ArticleExtraction): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Jobs sent, in the order the worker takes them. */
  busy: Map<number, Job>;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A worker cannot load a .ts entry by itself (on Node 20 `execArgv: ['--import', 'tsx']` does not
 * reach the entry module), so each worker starts from a tiny bootstrap that registers tsx's loader,
 * found by absolute path so it does not depend on the cwd, then imports the TypeScript module.
 */
function bootstrap(workerUrl: URL, nice: number): string {
  const require = createRequire(import.meta.url);
  const api = pathToFileURL(require.resolve('tsx/package.json').replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  // os.setPriority(n) sets the calling thread's nice value on Linux; a failure only costs the priority.
  const renice = nice === 0 ? '' : `import('node:os').then((os) => { try { os.setPriority(Math.min(19, os.getPriority() + ${Math.trunc(nice)})); } catch {} }).catch(() => {}); `;
  return `${renice}import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
}

export async function createExtractPool(options: ExtractPoolOptions = {}): Promise<ExtractPool> {
  const size = Math.max(1, options.workers ?? defaultWorkers());
  const perWorker = Math.max(1, options.perWorker ?? 2);
  const workerUrl = options.workerUrl ?? DEFAULT_WORKER_URL;
  const maxRestarts = options.maxRestarts ?? 4 * size;
  // Only Linux sets one thread's priority; elsewhere it would renice the whole process.
  const code = bootstrap(workerUrl, process.platform === 'linux' ? (options.nice ?? DEFAULT_WORKER_NICE) : 0);
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let seq = 0;
  let restarts = 0;
  let busyMs = 0;
  let closing = false;
  let broken: Error | null = null;
  let started = 0;

  const pump = () => {
    while (queue.length > 0) {
      let best: Slot | null = null;
      for (const slot of slots) if (slot.ready && slot.busy.size < perWorker && (!best || slot.busy.size < best.busy.size)) best = slot;
      if (!best) return;
      const job = queue.shift()!;
      best.busy.set(job.seq, job);
      best.worker.postMessage({ type: 'extract', seq: job.seq, article: job.article } satisfies ToWorker);
    }
  };

  const failAll = (error: Error) => {
    broken ??= error;
    for (const job of queue.splice(0)) job.reject(error);
    for (const slot of slots) {
      for (const job of slot.busy.values()) job.reject(error);
      slot.busy.clear();
    }
  };

  const start = (onReady?: (error: Error | null) => void): Slot => {
    started++;
    const worker = new Worker(code, { eval: true });
    const slot: Slot = { worker, ready: false, busy: new Map() };
    slots.add(slot);
    let settled = false;
    const readyOnce = (error: Error | null) => {
      if (settled) return;
      settled = true;
      onReady?.(error);
    };
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'ready':
          slot.ready = true;
          readyOnce(null);
          pump();
          return;
        case 'load-failed':
          readyOnce(new ExtractPoolError(`an extraction worker could not load the extractor: ${message.message}`, { hint: 'Check that the kuromoji dictionary and data/ files are installed (npm install).' }));
          return;
        case 'done':
        case 'failed': {
          const job = slot.busy.get(message.seq);
          if (!job) return;
          slot.busy.delete(message.seq);
          if (message.type === 'done') {
            busyMs += message.ms;
            job.resolve(message.extraction);
          }
          else job.reject(new ExtractionError(message.articleId, message.message));
          pump();
        }
      }
    });
    let crash: Error | null = null;
    worker.on('error', (error) => {
      crash = error;
    });
    worker.on('exit', (code) => {
      slots.delete(slot);
      if (closing) return;
      const reason = crash ? crash.message : `the worker exited with code ${code}`;
      if (!slot.ready) {
        readyOnce(new ExtractPoolError(`an extraction worker stopped while loading: ${reason}`, { hint: 'Run with --concurrency 1 to see the error in-process.' }));
        if (!onReady) failAll(new ExtractPoolError(`a replacement extraction worker could not start: ${reason}`));
        return;
      }
      // The worker takes jobs in order: the first one sent is the one it died on.
      const [first, ...rest] = slot.busy.values();
      if (first) first.reject(new ExtractionError(first.article.id, `the extraction worker died on it (${reason}); it was replaced`));
      queue.unshift(...rest);
      slot.busy.clear();
      if (restarts >= maxRestarts) {
        failAll(new ExtractPoolError(`extraction workers died ${restarts + 1} times; giving up`, { hint: 'Run with --concurrency 1 to see the error in-process.' }));
        return;
      }
      restarts++;
      start();
    });
    return slot;
  };

  // Lazily started workers have no caller waiting for them: a load failure fails the pool.
  const grow = (n: number) => {
    const target = Math.min(size, Math.max(0, Math.floor(n)));
    while (!broken && !closing && started - restarts < target) {
      start((error) => {
        if (error) failAll(error);
      });
    }
  };

  if (!options.lazy) await new Promise<void>((resolve, reject) => {
    let waiting = size;
    let failed = false;
    for (let i = 0; i < size; i++) {
      start((error) => {
        if (failed) return;
        if (error) {
          failed = true;
          closing = true;
          for (const slot of slots) void slot.worker.terminate();
          reject(error);
        } else if (--waiting === 0) resolve();
      });
    }
  });

  return {
    size,
    get restarts() {
      return restarts;
    },
    get busyMs() {
      return busyMs;
    },
    get started() {
      return started - restarts;
    },
    grow,
    extractArticle(article: Article): Promise<ArticleExtraction> {
      if (broken) return Promise.reject(broken);
      if (closing) return Promise.reject(new ExtractPoolError('the extraction pool is closed'));
      if (slots.size === 0) grow(1);
      return new Promise<ArticleExtraction>((resolve, reject) => {
        queue.push({ seq: seq++, article, resolve, reject });
        pump();
      });
    },
    async close(): Promise<void> {
      if (closing) return;
      closing = true;
      failAll(new ExtractPoolError('the extraction pool was closed'));
      await Promise.all(
        [...slots].map(
          (slot) =>
            new Promise<void>((resolve) => {
              const timer = setTimeout(() => void slot.worker.terminate(), 2000);
              slot.worker.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              slot.worker.postMessage({ type: 'stop' } satisfies ToWorker);
            }),
        ),
      );
    },
  };
}
