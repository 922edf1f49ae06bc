/**
 * The body of an extraction worker: load the extractor once, then answer `extract` messages one by
 * one until `stop`. An article that throws is answered with `failed` (its id and the reason); the
 * worker keeps going. Worker files call `serveExtractions` with the extractor they want.
 */
import { parentPort } from 'node:worker_threads';
import type { Article, ArticleExtraction } from '../src/types.js';
import type { FromWorker, ToWorker } from './extract-messages.js';

export interface WorkerExtractor {
  extractArticle(article: Article): ArticleExtraction;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function serveExtractions(load: () => Promise<WorkerExtractor>): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('serveExtractions runs inside a worker thread (node:worker_threads).');
  const send = (message: FromWorker) => port.postMessage(message);
  let extractor: WorkerExtractor;
  try {
    extractor = await load();
  } catch (error) {
    send({ type: 'load-failed', message: messageOf(error) });
    return;
  }
  port.on('message', (message: ToWorker) => {
    if (message.type === 'stop') {
      port.close();
      return;
    }
    const { seq, article } = message;
    try {
      const started = performance.now();
      const extraction = extractor.extractArticle(article);
      send({ type: 'done', seq, extraction, ms: performance.now() - started });
    } catch (error) {
      send({ type: 'failed', seq, articleId: article.id, message: messageOf(error) });
    }
  });
  send({ type: 'ready' });
}
