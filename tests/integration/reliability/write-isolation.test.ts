/**
 * An article whose write Neo4j refuses is rejected by name; every other article of its batch and
 * of the run is written. The refusals here are real ones of the server: a key larger than a range
 * index takes (~8 KB in UTF-8; each Japanese character is 3 bytes). An article id is the input's
 * own key and is stored as it is; a comment id is bounded by bytes (graph/rows.ts), so an article
 * with a huge comment id is written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../../../graph/checksum.js';
import { ingest } from '../../../ingest/ingest.js';
import type { IngestSummary } from '../../../ingest/summary.js';
import type { Article } from '../../../src/types.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTestGraph, wipeGraph } from '../../helpers/neo4j.js';

const PLACES = ['Kabul', 'London', 'Tokyo', 'Paris', 'Berlin', 'Washington'];

function record(i: number, commentId = '1', id = `iso-${i}`) {
  return {
    id,
    url: `https://iso.example.org/${i}`,
    title: `Talks in ${PLACES[i % PLACES.length]} ${i}`,
    lang: 'en',
    publishedAt: `2021-08-${String((i % 28) + 1).padStart(2, '0')}T08:00:00Z`,
    site: 'Isolation Times',
    body: `Joe Biden met Boris Johnson in ${PLACES[i % PLACES.length]}. NATO said talks would go on.`,
    comments: [{ id: commentId, text: `${PLACES[(i + 1) % PLACES.length]} is far.`, votes: 1 }],
  };
}

/** A comment id of 3 000 Japanese characters (~9 KB in UTF-8): stored cut to 4 KB with a hash. */
const HUGE_COMMENT_ID = '遠'.repeat(3000);
/** An article id of 3 000 Japanese characters: ~9 KB, more than the index takes. */
const HUGE_ARTICLE_ID = '記'.repeat(3000);
const HUGE_ARTICLE_SHOWN = `${'記'.repeat(100)}… (3000 characters)`;

async function storedArticleIds(run: () => import('neo4j-driver').Driver): Promise<string[]> {
  const { records } = await run().executeQuery('MATCH (a:Article) WHERE a.contentHash IS NOT NULL RETURN a.id AS id ORDER BY id');
  return records.map((r) => r.get('id') as string);
}

describe('a write Neo4j refuses costs only its article', () => {
  const driver = useTestGraph();
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-isolation-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('CLI: the article with a 3,000-character Japanese comment id (~9 KB) is written, its stored comment id cut to 4 KB by bytes; exit 0', async () => {
    // The reader bounds article ids and the rows bound comment ids, so no input line reaches a key Neo4j refuses.
    const lines = Array.from({ length: 14 }, (_, i) => JSON.stringify(i === 7 ? record(i, HUGE_COMMENT_ID) : record(i)));
    const file = path.join(work, 'mixed.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);

    const run = await runCli(['ingest', file, '--concurrency', '1', '--batch-size', '5', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as IngestSummary;
    expect(summary).toMatchObject({ articles: 14, written: 14, rejected: [] });
    expect(await storedArticleIds(driver)).toEqual(Array.from({ length: 14 }, (_, i) => `iso-${i}`).sort());
    const { records } = await driver().executeQuery(`MATCH (c:Comment)-[:COMMENTS_ON]->(:Article {id: 'iso-7'}) RETURN c.id AS id, c.localId AS localId`);
    expect(records.map((r) => r.get('localId'))).toEqual([HUGE_COMMENT_ID]);
    expect(Buffer.byteLength(records[0]!.get('id') as string, 'utf8')).toBeLessThanOrEqual(4096);

    // Ingesting it again finds every article unchanged and leaves the graph as it was.
    const written = await graphChecksum(driver());
    const again = await runCli(['ingest', file, '--concurrency', '1', '--batch-size', '5', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ written: 0, unchanged: 14 });
    expect(await graphChecksum(driver())).toEqual(written);
  });

  it('library: the refused article (an id of ~9 KB) is named; the rest is written, the one with a ~9 KB comment id too', async () => {
    await wipeGraph(driver());
    const article = (r: ReturnType<typeof record>, id = r.id): Article => ({
      id,
      url: r.url,
      title: r.title,
      lang: 'en',
      publishedAt: r.publishedAt,
      category: null,
      site: r.site,
      body: r.body,
      sources: [],
      related: [],
      comments: r.comments.map((c) => ({ id: c.id, parentId: null, depth: 0, author: null, postedAt: null, votes: c.votes, text: c.text, lang: 'en' })),
    });
    const articles = Array.from({ length: 10 }, (_, i) => (i === 2 ? article(record(i), HUGE_ARTICLE_ID) : i === 6 ? article(record(i, HUGE_COMMENT_ID)) : article(record(i))));

    const summary = await ingest(articles, { driver: driver(), workers: 1, batchSize: 10 });
    expect(summary.written).toBe(9);
    expect(summary.rejected.map((r) => r.input)).toEqual([HUGE_ARTICLE_SHOWN]);
    for (const r of summary.rejected) expect(r.reason).toMatch(/too large to index/);
    expect(await storedArticleIds(driver)).toEqual(['iso-0', 'iso-1', 'iso-3', 'iso-4', 'iso-5', 'iso-6', 'iso-7', 'iso-8', 'iso-9']);
    const { records } = await driver().executeQuery(`MATCH (c:Comment)-[:COMMENTS_ON]->(:Article {id: 'iso-6'}) RETURN c.id AS id, c.localId AS localId`);
    expect(records).toHaveLength(1);
    expect(records[0]!.get('localId')).toBe(HUGE_COMMENT_ID);
    expect(Buffer.byteLength(records[0]!.get('id') as string, 'utf8')).toBeLessThanOrEqual(4096);
  });
});
