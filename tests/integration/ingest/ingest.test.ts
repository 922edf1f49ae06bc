import { describe, expect, it } from 'vitest';
import { graphChecksum } from '../../../graph/checksum.js';
import { SCHEMA_NAMES } from '../../../graph/schema.js';
import { ingest } from '../../../ingest/ingest.js';
import { AIRLIFT, ENGLISH, EVACUATION } from '../../fixtures/graph/articles.js';
import { useTestGraph, wipeGraph } from '../../helpers/neo4j.js';
import { runCli, testServerEnv } from '../../helpers/run-cli.js';

const FIXTURES = 'tests/fixtures/graph/ingest';

describe('newsgraph ingest, end to end against Neo4j', () => {
  const driver = useTestGraph();
  const rows = async (cypher: string) => (await driver().executeQuery(cypher, {}, { routing: 'READ' })).records.map((r) => r.toObject());

  it('the CLI writes what it can read, lists the bad line and exits 2', async () => {
    const run = await runCli(['ingest', FIXTURES, '--json']);
    expect(run.code).toBe(2);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ articles: 3, written: 3, unchanged: 0, comments: 6, dryRun: false });
    expect(summary.rejected).toEqual([expect.objectContaining({ input: `${FIXTURES}/articles.jsonl`, line: 3 })]);
    expect(summary.mentions).toBeGreaterThan(10);

    const constraints = (await rows('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name);
    expect(constraints).toEqual(expect.arrayContaining([...SCHEMA_NAMES.constraints]));
  });

  it('Biden is mentioned by the page and its comments, with spans that point at バイデン', async () => {
    const found = await rows(`
      MATCH (n)-[m:MENTIONS]->(:Person {id: 'person:joe-biden'})
      WHERE n:Article AND n.lang = 'ja' OR n:Comment AND n.lang = 'ja'
      RETURN labels(n)[0] AS label, coalesce(n.body, n.text) AS text, m.spans AS spans, m.surfaces AS surfaces`);
    expect(found.map((f) => f.label).sort()).toEqual(['Article', 'Comment']);
    for (const { text, spans, surfaces } of found) {
      spans.forEach((span: string, i: number) => {
        const [start, end] = span.split('-').map(Number);
        expect(text.slice(start, end)).toBe(surfaces[i]);
        expect(surfaces[i]).toBe('バイデン');
      });
    }
  });

  it('keeps roles, cited sources and comment threads', async () => {
    expect(await rows(`MATCH (:Person {id: 'person:john-kirby'})-[r:HOLDS_ROLE]->(o:Organization) RETURN o.id AS of, r.titleJa AS titleJa`)).toEqual([{ of: 'org:us-dod', titleJa: '報道官' }]);
    expect(await rows(`MATCH (:Article {id: 'fixture-en-1'})-[:CITES]->(s:Source) RETURN s.id AS id`)).toEqual([{ id: 'source:reuters' }]);
    expect(await rows(`MATCH (a:Article {lang: 'ja'})-[c:CITES]->(s:Source) RETURN c.role AS role, s.name AS name`)).toEqual([{ role: '参考', name: 'Pentagon briefing on the Kabul evacuation' }]);
    const thread = await rows(`
      MATCH (c:Comment)-[:COMMENTS_ON]->(:Article {lang: 'ja'})
      OPTIONAL MATCH (c)-[:REPLIES_TO]->(p:Comment)
      RETURN c.localId AS id, p.localId AS parent, c.depth AS depth, c.votes AS votes ORDER BY id`);
    expect(thread).toEqual([
      { id: 'c1', parent: null, depth: 0, votes: 12 },
      { id: 'c1.1', parent: 'c1', depth: 1, votes: 5 },
      { id: 'c1.1.1', parent: 'c1.1', depth: 2, votes: 2 },
      { id: 'c2', parent: null, depth: 0, votes: 1 },
    ]);
  });

  it('ingesting the same inputs again changes nothing', async () => {
    const before = await graphChecksum(driver());
    const again = await runCli(['ingest', FIXTURES, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ articles: 3, written: 0, unchanged: 3 });
    expect(await graphChecksum(driver())).toEqual(before);
    const forced = await runCli(['ingest', FIXTURES, '--json', '--force', '--concurrency', '3', '--batch-size', '1']);
    expect(JSON.parse(forced.stdout)).toMatchObject({ written: 3 });
    expect(await graphChecksum(driver())).toEqual(before);
  });

  it('--dry-run touches no database (it runs with none reachable)', async () => {
    const env = { ...testServerEnv(), NEWSGRAPH_BOLT_PORT: '1', NEWSGRAPH_DB_DIR: '/nonexistent' };
    const run = await runCli(['ingest', `${FIXTURES}/page-allies.txt`, '--dry-run', '--json'], { env });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ articles: 1, written: 0, comments: 4, dryRun: true });
  });

  it('reads standard input with -', async () => {
    const line = JSON.stringify({ id: 'stdin-1', lang: 'en', title: 'From a pipe', body: 'Joe Biden spoke in Washington.' });
    const run = await runCli(['ingest', '-', '--format', 'jsonl', '--json'], { stdin: `${line}\n` });
    expect(run.code).toBe(0);
    expect(await rows(`MATCH (:Article {id: 'stdin-1'})-[:MENTIONS]->(p:Person) RETURN p.id AS id`)).toEqual([{ id: 'person:joe-biden' }]);
  });

  it('refuses a bad option with exit code 1 and what to fix', async () => {
    const run = await runCli(['ingest', FIXTURES, '--format', 'docx']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--format docx is not a format');
  });

  it('the library call takes Article objects and returns the summary', async () => {
    await wipeGraph(driver());
    const summary = await ingest([EVACUATION, AIRLIFT, ENGLISH], { driver: driver() });
    expect(summary).toMatchObject({ articles: 3, written: 3, comments: 4, rejected: [] });
    expect(await rows(`MATCH (a:Article) WHERE a.contentHash IS NOT NULL RETURN a.id AS id ORDER BY id`)).toEqual([
      { id: 'a-airlift' },
      { id: 'a-evacuation' },
      { id: 'e-allies' },
    ]);
    expect(await ingest([EVACUATION], { driver: driver() })).toMatchObject({ written: 0, unchanged: 1 });
  });
});
