/**
 * Extracts one batch for the transactional pipeline and the bulk load alike: the extractor is told
 * the batch's plan first, then gets every article at once (a pool spreads them over its workers).
 * An article extraction cannot handle is rejected by id and the rest go on; the pool itself
 * failing (workers that cannot load or keep dying) is no article's fault and stops the run.
 */
import type { ExtractedArticle } from '../graph/writer.js';
import type { Article } from '../src/types.js';
import { ExtractPoolError } from './extract-pool.js';
import type { ArticleExtractor, BatchPlan } from './pipeline.js';
import type { RejectedInput } from './summary.js';

export async function extractBatch(extractor: ArticleExtractor, articles: Article[], plan: BatchPlan, reject: (rejection: RejectedInput) => void): Promise<ExtractedArticle[]> {
  await extractor.prepare?.(plan);
  // A synchronous extractor runs each article here, one after the other; a pool gets them all at once.
  const settled = await Promise.allSettled(articles.map(async (article) => ({ article, extraction: await extractor.extractArticle(article) })));
  const poolFailure = settled.find((o) => o.status === 'rejected' && o.reason instanceof ExtractPoolError);
  if (poolFailure) throw (poolFailure as PromiseRejectedResult).reason;
  const done: ExtractedArticle[] = [];
  settled.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled') {
      done.push(outcome.value);
      return;
    }
    const error = outcome.reason as unknown;
    const message = error instanceof Error ? error.message : String(error);
    reject({ input: articles[i]!.id, line: null, reason: message.startsWith('extraction failed') ? message : `extraction failed: ${message}`, hint: 'Report this article; the others were written.' });
  });
  return done;
}
