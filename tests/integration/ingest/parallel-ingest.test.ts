import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../../../graph/checksum.js';
import { articleContentHash } from '../../../graph/content-hash.js';
import { ensureSchema } from '../../../graph/schema.js';
import { createExtractPool, ExtractionError, type ExtractPool } from '../../../ingest/extract-pool.js';
import { runPipeline, type PipelineInput } from '../../../ingest/pipeline.js';
import { readInputs } from '../../../ingest/read.js';
import { createExtractor } from '../../../src/extract/index.js';
import type { Article } from '../../../src/types.js';
import { useTestGraph, wipeGraph } from '../../helpers/neo4j.js';
import { runCli } from '../../helpers/run-cli.js';

const FIXTURE = 'tests/fixtures/ingest/parallel.jsonl';
const THROWING = new URL('../../fixtures/ingest/throwing-worker.ts', import.meta.url);
const CRASHING = new URL('../../fixtures/ingest/crashing-worker.ts', import.meta.url);

async function fixtureArticles(): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const outcome of readInputs([FIXTURE])) {
    if (!outcome.ok) throw new Error(`fixture line ${outcome.line}: ${outcome.reason}`);
    articles.push(outcome.article);
  }
  return articles;
}

function asInputs(articles: Article[]): PipelineInput[] {
  return articles.map((article) => ({ ok: true, input: FIXTURE, article }));
}

describe('parallel extraction (worker threads) and ingest', () => {
  const driver = useTestGraph();
  let articles: Article[] = [];
  const pools: ExtractPool[] = [];

  beforeAll(async () => {
    articles = await fixtureArticles();
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('the pool gives the same extractions as extracting in this thread', async () => {
    expect(articles.length).toBe(8);
    const inProcess = await createExtractor();
    const pool = await createExtractPool({ workers: 2 });
    pools.push(pool);
    const fromPool = await Promise.all(articles.map((a) => pool.extractArticle(a)));
    expect(fromPool).toEqual(articles.map((a) => inProcess.extractArticle(a)));
    expect(fromPool.flatMap((x) => x.entities.map((e) => e.id))).toContain('country:US');
  });

  it('an article that throws in a worker is reported by its id and the others are written', async () => {
    const pool = await createExtractPool({ workers: 2, workerUrl: THROWING });
    pools.push(pool);
    const bad: Article = { ...articles[0]!, id: 'par-explode-1' };
    await ensureSchema(driver());
    const summary = await runPipeline(asInputs([...articles.slice(0, 4), bad, ...articles.slice(4)]), { extractor: pool, driver: driver() }, { batchSize: 3 });
    expect(summary.rejected).toEqual([expect.objectContaining({ input: 'par-explode-1', reason: expect.stringContaining('cannot extract par-explode-1') })]);
    expect(summary.written).toBe(8);
    const { records } = await driver().executeQuery('MATCH (a:Article) WHERE a.id STARTS WITH "par-" RETURN a.id AS id ORDER BY id');
    expect(records.map((r) => r.get('id'))).toEqual(articles.map((a) => a.id).sort());
  });

  it('a worker that dies is replaced: the article it died on fails by id, the rest are extracted', async () => {
    const pool = await createExtractPool({ workers: 2, workerUrl: CRASHING, perWorker: 3 });
    pools.push(pool);
    const crash: Article = { ...articles[1]!, id: 'par-crash-1' };
    const batch = [articles[0]!, crash, ...articles.slice(2)];
    const settled = await Promise.allSettled(batch.map((a) => pool.extractArticle(a)));
    const failed = settled.flatMap((s, i) => (s.status === 'rejected' ? [{ id: batch[i]!.id, error: s.reason as unknown }] : []));
    expect(failed.map((f) => f.id)).toEqual(['par-crash-1']);
    expect(failed[0]!.error).toBeInstanceOf(ExtractionError);
    expect((failed[0]!.error as ExtractionError).articleId).toBe('par-crash-1');
    expect(pool.restarts).toBe(1);
    // The replacement works.
    expect((await pool.extractArticle(articles[2]!)).articleId).toBe(articles[2]!.id);
  });

  it('of two versions of an article in one input, the one read last stays, even when it is extracted first', async () => {
    await ensureSchema(driver());
    const inThread = await createExtractor();
    const first: Article = { ...articles[0]!, id: 'par-versions' };
    const second: Article = { ...first, body: `${first.body}中国も懸念を示した。`, comments: [] };
    // The first version is slow to extract, so its batch would reach the database after the second's.
    const extractor = {
      async extractArticle(article: Article) {
        if (article === first) await new Promise((resolve) => setTimeout(resolve, 500));
        return inThread.extractArticle(article);
      },
    };
    const summary = await runPipeline(asInputs([first, second]), { extractor, driver: driver() }, { batchSize: 1, concurrency: 2 });
    expect(summary.written).toBe(2);
    const { records } = await driver().executeQuery('MATCH (a:Article {id: $id}) RETURN a.contentHash AS hash', { id: 'par-versions' });
    expect(records.map((r) => r.get('hash'))).toEqual([articleContentHash(second)]);
  });

  it('ingest --concurrency 2 writes the same graph (checksum) as --concurrency 1', async () => {
    await wipeGraph(driver());
    const one = await runCli(['ingest', FIXTURE, '--json', '--concurrency', '1', '--batch-size', '2']);
    expect(one.code, one.stderr).toBe(0);
    const sequential = await graphChecksum(driver());
    expect(sequential.nodes).toBeGreaterThan(20);

    await wipeGraph(driver());
    const two = await runCli(['ingest', FIXTURE, '--json', '--concurrency', '2', '--batch-size', '2']);
    expect(two.code, two.stderr).toBe(0);
    expect(JSON.parse(two.stdout)).toMatchObject({ articles: 8, written: 8 });
    expect(await graphChecksum(driver())).toEqual(sequential);
  });
});
