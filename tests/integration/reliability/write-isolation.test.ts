/**
 * An article whose write Neo4j refuses is rejected by name; every other article of its batch and
 * of the run is written. The refusals here are real ones of the server: a key larger than a range
 * index takes (~8 KB in UTF-8; each Japanese character is 3 bytes).
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

function record(i: number, commentId = '1') {
  return {
    id: `iso-${i}`,
    url: `https://iso.example.org/${i}`,
    title: `Talks in ${PLACES[i % PLACES.length]} ${i}`,
    lang: 'en',
    publishedAt: `2021-08-${String((i % 28) + 1).padStart(2, '0')}T08:00:00Z`,
    site: 'Isolation Times',
    body: `Joe Biden met Boris Johnson in ${PLACES[i % PLACES.length]}. NATO said talks would go on.`,
    comments: [{ id: commentId, text: `${PLACES[(i + 1) % PLACES.length]} is far.`, votes: 1 }],
  };
}

/** A comment id of 3 000 Japanese characters: the stored comment id (article id # comment id) is ~9 KB. */
const HUGE_COMMENT_ID = '遠'.repeat(3000);

async function storedArticleIds(run: () => import('neo4j-driver').Driver): Promise<string[]> {
  const { records } = await run().executeQuery('MATCH (a:Article) WHERE a.contentHash IS NOT NULL RETURN a.id AS id ORDER BY id');
  return records.map((r) => r.get('id') as string);
}

describe('a write Neo4j refuses costs only its article', () => {
  const driver = useTestGraph();
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-isolation-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('CLI: the article with the too-large comment key is rejected by id, exit 2, the 13 others are written', async () => {
    // 14 articles in batches of 5: the bad one (iso-7) sits in the middle of the second batch.
    const lines = Array.from({ length: 14 }, (_, i) => JSON.stringify(i === 7 ? record(i, HUGE_COMMENT_ID) : record(i)));
    const file = path.join(work, 'mixed.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);

    const run = await runCli(['ingest', file, '--concurrency', '1', '--batch-size', '5', '--json']);
    expect(run.code, run.stderr).toBe(2);
    const summary = JSON.parse(run.stdout) as IngestSummary;
    expect(summary.articles).toBe(14);
    expect(summary.written).toBe(13);
    expect(summary.rejected).toHaveLength(1);
    const [rejected] = summary.rejected;
    expect(rejected!.input).toBe('iso-7');
    expect(rejected!.reason).toMatch(/Neo4j refused to write article iso-7 .*too large to index/);
    expect(rejected!.hint).toMatch(/shorter ids/);

    const valid = Array.from({ length: 14 }, (_, i) => `iso-${i}`).filter((id) => id !== 'iso-7');
    expect(await storedArticleIds(driver)).toEqual([...valid].sort());
    const mixed = await graphChecksum(driver());

    // The graph is exactly the one the valid articles alone give: nothing of iso-7 stayed behind.
    await wipeGraph(driver());
    const onlyValid = path.join(work, 'valid.jsonl');
    writeFileSync(onlyValid, `${lines.filter((_, i) => i !== 7).join('\n')}\n`);
    const clean = await runCli(['ingest', onlyValid, '--concurrency', '1', '--batch-size', '5', '--json']);
    expect(clean.code, clean.stderr).toBe(0);
    expect(await graphChecksum(driver())).toEqual(mixed);

    // Without --json the summary names it on stderr.
    const again = await runCli(['ingest', file, '--concurrency', '1', '--batch-size', '5']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/1 input\(s\) rejected:\n {2}iso-7: Neo4j refused to write article iso-7/);
  });

  it('library: two refused articles in one batch (an article id of ~9 KB, a comment key of ~9 KB) are both named; the rest is written', async () => {
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
    const hugeId = '記'.repeat(3000);
    const articles = Array.from({ length: 10 }, (_, i) => (i === 2 ? article(record(i), hugeId) : i === 6 ? article(record(i, HUGE_COMMENT_ID)) : article(record(i))));

    const summary = await ingest(articles, { driver: driver(), workers: 1, batchSize: 10 });
    expect(summary.written).toBe(8);
    expect(summary.rejected.map((r) => r.input).sort()).toEqual([`${'記'.repeat(100)}… (3000 characters)`, 'iso-6'].sort());
    for (const r of summary.rejected) expect(r.reason).toMatch(/too large to index/);
    expect(await storedArticleIds(driver)).toEqual(['iso-0', 'iso-1', 'iso-3', 'iso-4', 'iso-5', 'iso-7', 'iso-8', 'iso-9']);
  });
});
