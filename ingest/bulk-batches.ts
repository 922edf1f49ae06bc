/**
 * read → extract for the bulk load: the same readers, extractor (worker pool sized to the input,
 * ingest/scaled-extractor.ts) and batches as ingest/pipeline.ts, but the batches come out in input
 * order, because the fold that takes them (graph/bulk/fold.ts) must see them in the order the
 * writer would commit them. Up to `ahead` later batches are extracted while the caller folds one.
 * Unreadable inputs and articles extraction fails on are rejected by name, as in the pipeline.
 */
import type { ExtractedArticle } from '../graph/writer.js';
import type { Article } from '../src/types.js';
import { extractBatch } from './extract-batch.js';
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
  const extract = (articles: Article[], last: boolean): Promise<ExtractedArticle[]> =>
    extractBatch(extractor, articles, { index: index++, last, articles: articles.length }, (rejection) => {
      summary.rejected.push(rejection);
      options.onRejected?.();
    });

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
