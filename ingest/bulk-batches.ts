/**
 * read → extract for the bulk load: the same readers, extractor (worker pool sized to the input,
 * ingest/scaled-extractor.ts) and batches as ingest/pipeline.ts, but the batches come out in input
 * order, because the fold that takes them (graph/bulk/fold.ts) must see them in the order the
 * writer would commit them. Up to `ahead` later batches are extracted while the caller folds one.
 * Unreadable inputs and articles extraction fails on are rejected by name, as in the pipeline.
 */
import type { ExtractedArticle } from '../graph/writer.js';
import type { Article } from '../src/types.js';
import { ExtractPoolError } from './extract-pool.js';
import type { ArticleExtractor, PipelineInput } from './pipeline.js';
import type { IngestSummary } from './summary.js';

export interface BulkBatchOptions {
  batchSize: number;
  /** Batches extracted beyond the one being folded. */
  ahead: number;
  /** Rejections and the count of articles read go here. */
  summary: IngestSummary;
  onRejected?: () => void;
}

export async function* extractedBatches(source: AsyncIterable<PipelineInput> | Iterable<PipelineInput>, extractor: ArticleExtractor, options: BulkBatchOptions): AsyncGenerator<ExtractedArticle[]> {
  const { summary } = options;
  let index = 0;
  const extract = async (articles: Article[], last: boolean): Promise<ExtractedArticle[]> => {
    await extractor.prepare?.({ index: index++, last, articles: articles.length });
    const settled = await Promise.allSettled(articles.map(async (article) => ({ article, extraction: await extractor.extractArticle(article) })));
    const poolFailure = settled.find((o) => o.status === 'rejected' && o.reason instanceof ExtractPoolError);
    if (poolFailure) throw (poolFailure as PromiseRejectedResult).reason;
    const done: ExtractedArticle[] = [];
    settled.forEach((outcome, i) => {
      if (outcome.status === 'fulfilled') {
        done.push(outcome.value);
        return;
      }
      const message = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      summary.rejected.push({ input: articles[i]!.id, line: null, reason: message.startsWith('extraction failed') ? message : `extraction failed: ${message}`, hint: 'Report this article; the others were written.' });
      options.onRejected?.();
    });
    return done;
  };

  const pending: Array<Promise<ExtractedArticle[]>> = [];
  const start = (articles: Article[], last: boolean): void => {
    const job = extract(articles, last);
    // Awaited in order below; this keeps a failure of a later batch from being reported as unhandled meanwhile.
    job.catch(() => {});
    pending.push(job);
  };
  try {
    let batch: Article[] = [];
    for await (const outcome of source) {
      if (!outcome.ok) {
        summary.rejected.push({ input: outcome.input, line: outcome.line, reason: outcome.reason, hint: outcome.hint });
        options.onRejected?.();
        continue;
      }
      // A full batch goes once the next article shows there is more (the extractor then knows the last one).
      if (batch.length >= options.batchSize) {
        start(batch, false);
        batch = [];
        while (pending.length > options.ahead) yield await pending.shift()!;
      }
      summary.articles++;
      batch.push(outcome.article);
    }
    if (batch.length > 0) start(batch, true);
    while (pending.length > 0) yield await pending.shift()!;
  } finally {
    // Stopped early (an error downstream): let the extractions in flight settle before the pool closes.
    await Promise.allSettled(pending);
  }
}
