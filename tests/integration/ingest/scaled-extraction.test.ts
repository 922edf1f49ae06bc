/**
 * Workers sized to the input (ingest/scaled-extractor.ts), with real worker threads and the real
 * extractor: one batch is extracted in this thread, never more workers than batches, none at all
 * when every article is unchanged, and the graph is the same whichever way it was extracted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../../../graph/checksum.js';
import { ensureSchema } from '../../../graph/schema.js';
import { createExtractPool, ExtractPoolError } from '../../../ingest/extract-pool.js';
import { runPipeline } from '../../../ingest/pipeline.js';
import { readInputs } from '../../../ingest/read.js';
import type { Article } from '../../../src/types.js';
import { useTestGraph, wipeGraph } from '../../helpers/neo4j.js';
import { useScaledExtractors } from '../../helpers/scaled-extractors.js';

const FIXTURE = 'tests/fixtures/ingest/parallel.jsonl';

describe('extraction sized to the input', () => {
  const driver = useTestGraph();
  let articles: Article[] = [];
  const { scaled, inputs } = useScaledExtractors(FIXTURE);

  beforeAll(async () => {
    for await (const outcome of readInputs([FIXTURE])) if (outcome.ok) articles.push(outcome.article);
    expect(articles).toHaveLength(8);
    await ensureSchema(driver());
  });

  it('an input of one batch is extracted in this thread: no worker starts', async () => {
    const extractor = scaled(4);
    const summary = await runPipeline(inputs(articles), { extractor, driver: driver() }, { batchSize: 8 });
    expect(summary.written).toBe(8);
    expect(extractor.mode).toBe('thread');
    expect(extractor.workersStarted).toBe(0);
  });

  it('never more workers than batches: 2 batches with 4 allowed start 2 workers, same graph as in-thread', async () => {
    const inThread = await graphChecksum(driver());
    await wipeGraph(driver());
    await ensureSchema(driver());
    const extractor = scaled(4);
    const summary = await runPipeline(inputs(articles), { extractor, driver: driver() }, { batchSize: 4 });
    expect(summary.written).toBe(8);
    expect(summary.rejected).toEqual([]);
    expect(extractor.mode).toBe('workers');
    expect(extractor.workersStarted).toBe(2);
    expect(await graphChecksum(driver())).toEqual(inThread);
  });

  it('the limit holds: 4 batches with 2 allowed start 2 workers', async () => {
    const extractor = scaled(2);
    const summary = await runPipeline(inputs(articles), { extractor, driver: driver() }, { batchSize: 2, force: true });
    expect(summary.written).toBe(8);
    expect(extractor.workersStarted).toBe(2);
  });

  it('a rerun whose articles are all unchanged loads no extractor at all', async () => {
    const extractor = scaled(4);
    const summary = await runPipeline(inputs(articles), { extractor, driver: driver() }, { batchSize: 2 });
    expect(summary.unchanged).toBe(8);
    expect(summary.written).toBe(0);
    expect(extractor.mode).toBe('none');
    expect(extractor.workersStarted).toBe(0);
  });

  it('workers that cannot load stop the run with ExtractPoolError instead of rejecting every article', async () => {
    const extractor = scaled(2, { startPool: (n) => createExtractPool({ workers: n, lazy: true, workerUrl: new URL('../../fixtures/ingest/no-such-worker.ts', import.meta.url) }) });
    await expect(runPipeline(inputs(articles), { extractor, driver: null }, { batchSize: 2 })).rejects.toBeInstanceOf(ExtractPoolError);
  });

  it('--concurrency 1 extracts in this thread even for many batches', async () => {
    const extractor = scaled(1);
    await runPipeline(inputs(articles), { extractor, driver: null }, { batchSize: 1 });
    expect(extractor.mode).toBe('thread');
    expect(extractor.workersStarted).toBe(0);
  });
});
