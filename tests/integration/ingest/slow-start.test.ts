/**
 * Slow start (ingest/batch-sizes.ts): the first batches are small and double up to --batch-size,
 * so writing starts while the rest is extracted. The pipeline reads a full batch ahead before the
 * first one, so an input of at most one full batch is still extracted in this thread (no worker)
 * however many slow-start batches it makes; a larger one gets workers. Either way the graph is
 * the one a single full-size batch writes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../../../graph/checksum.js';
import { ensureSchema } from '../../../graph/schema.js';
import { runPipeline, type ArticleExtractor, type BatchPlan } from '../../../ingest/pipeline.js';
import { readInputs } from '../../../ingest/read.js';
import type { ScaledExtractor } from '../../../ingest/scaled-extractor.js';
import type { Article } from '../../../src/types.js';
import { useTestGraph, wipeGraph } from '../../helpers/neo4j.js';
import { useScaledExtractors } from '../../helpers/scaled-extractors.js';

const FIXTURE = 'tests/fixtures/ingest/parallel.jsonl';

/** The real scaled extractor, with the plans the pipeline hands it kept in order. */
function recording(inner: ScaledExtractor): ArticleExtractor & { plans: BatchPlan[] } {
  const plans: BatchPlan[] = [];
  return {
    plans,
    prepare: (plan) => {
      plans.push(plan);
      return inner.prepare(plan);
    },
    extractArticle: (article) => inner.extractArticle(article),
  };
}

describe('slow start', () => {
  const driver = useTestGraph();
  const articles: Article[] = [];
  const { scaled, inputs } = useScaledExtractors(FIXTURE);
  let oneBatch = '';

  beforeAll(async () => {
    for await (const outcome of readInputs([FIXTURE])) if (outcome.ok) articles.push(outcome.article);
    expect(articles).toHaveLength(8);
    await wipeGraph(driver());
    await ensureSchema(driver());
    // The reference: the 8 articles as one full-size batch, no slow start.
    const extractor = recording(scaled(2));
    const summary = await runPipeline(inputs(articles), { extractor, driver: driver() }, { batchSize: 8, firstBatchSize: 8 });
    expect(summary.written).toBe(8);
    expect(extractor.plans.map((p) => p.articles)).toEqual([8]);
    oneBatch = JSON.stringify(await graphChecksum(driver()));
  });

  it.each([
    // batch size, first batch → batches seen, last flags, small input, extraction mode
    [8, 2, [2, 4, 2], true, 'thread'],
    [8, 3, [3, 5], true, 'thread'],
    [4, 2, [2, 4, 2], false, 'workers'],
    [4, 1, [1, 2, 4, 1], false, 'workers'],
  ] as const)('batch size %i, first batch %i → batches %j', async (batchSize, firstBatchSize, sizes, small, mode) => {
    await wipeGraph(driver());
    await ensureSchema(driver());
    const inner = scaled(2);
    const extractor = recording(inner);
    const summary = await runPipeline(inputs(articles), { extractor, driver: driver() }, { batchSize, firstBatchSize });
    expect(summary.written).toBe(8);
    expect(summary.rejected).toEqual([]);
    // Batches reach extraction in the order their hash checks answer: compare as sets.
    expect(extractor.plans.map((p) => p.articles).sort()).toEqual([...sizes].sort());
    expect(extractor.plans.map((p) => p.index).sort()).toEqual(sizes.map((_, i) => i));
    expect(extractor.plans.filter((p) => p.last).map((p) => p.articles)).toEqual([sizes.at(-1)]);
    expect(extractor.plans.every((p) => p.smallInput === small)).toBe(true);
    expect(inner.mode).toBe(mode);
    expect(inner.workersStarted).toBe(mode === 'thread' ? 0 : 2);
    expect(JSON.stringify(await graphChecksum(driver()))).toBe(oneBatch);
  });

  it('a dry run plans the same batches', async () => {
    const extractor = recording(scaled(2));
    const summary = await runPipeline(inputs(articles), { extractor, driver: null }, { batchSize: 8, firstBatchSize: 2 });
    expect(summary.articles).toBe(8);
    expect(extractor.plans.map((p) => p.articles)).toEqual([2, 4, 2]);
    expect(extractor.plans.map((p) => p.last)).toEqual([false, false, true]);
  });
});
