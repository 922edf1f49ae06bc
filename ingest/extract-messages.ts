/** The messages between the extraction pool (main thread) and its workers: typed, structured-clone safe. */
import type { Article, ArticleExtraction } from '../src/types.js';

/** Main thread → worker. */
export type ToWorker = { type: 'extract'; seq: number; article: Article } | { type: 'stop' };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'load-failed'; message: string }
  /** `ms`: time the worker spent on it, so the pool can say how busy extraction was. */
  | { type: 'done'; seq: number; extraction: ArticleExtraction; ms: number }
  | { type: 'failed'; seq: number; articleId: string; message: string };
