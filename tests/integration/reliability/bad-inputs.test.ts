/**
 * The generated bad-input suite (tests/fixtures/bad-inputs/generate.ts) against the readers and the
 * real `newsgraph ingest` into Neo4j: each input is read or rejected by name with a reason and a
 * hint, within a bounded time; valid articles among them are all written, metacharacters stored
 * as they were; nothing crashes, and the graph keeps its constraints.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_NAMES } from '../../../graph/schema.js';
import { readInputs, type ReadOutcome } from '../../../ingest/read.js';
import { generateBadInputs, NASTY_STRINGS, type BadInput } from '../../fixtures/bad-inputs/generate.js';
import { useTestGraph } from '../../helpers/neo4j.js';
import { runCli } from '../../helpers/run-cli.js';

/** A hang guard, not a speed claim: the slowest input reads in a few seconds. */
const READ_BOUND_MS = 60_000;

const cases = generateBadInputs();
let dir = '';
const outcomes = new Map<string, ReadOutcome[]>();

async function readBounded(file: string): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`reading ${file} took more than ${READ_BOUND_MS} ms`)), READ_BOUND_MS);
  });
  const read = (async () => {
    for await (const o of readInputs([file])) out.push(o);
  })();
  try {
    await Promise.race([read, hang]);
  } finally {
    clearTimeout(timer);
  }
  return out;
}

describe('the bad-input suite', () => {
  const driver = useTestGraph();
  const rows = async (cypher: string, params: Record<string, unknown> = {}) => (await driver().executeQuery(cypher, params, { routing: 'READ' })).records.map((r) => r.toObject());

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bad-inputs-'));
    for (const c of cases) writeFileSync(path.join(dir, c.file), c.bytes);
    // The full ingest reads a folder without the few inputs whose extraction takes minutes.
    mkdirSync(path.join(dir, 'ingest'));
    for (const c of cases) if (!c.slowExtraction) writeFileSync(path.join(dir, 'ingest', c.file), c.bytes);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds at least 200 distinct inputs, with valid articles mixed in', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    // Distinct as inputs: the same bytes under another extension are read as another format.
    expect(new Set(cases.map((c) => `${path.extname(c.file)} ${createHash('sha256').update(c.bytes).digest('hex')}`)).size).toBe(cases.length);
    expect(cases.filter((c) => c.valid).length).toBeGreaterThan(80);
  });

  it.each(cases.map((c) => [c.file, c] as [string, BadInput]))('%s is read or rejected by name, in bounded time', async (file, c) => {
    const full = path.join(dir, c.slowExtraction ? '' : 'ingest', file);
    const got = await readBounded(full);
    outcomes.set(file, got);
    expect(got.length, 'neither an article nor a reason').toBeGreaterThan(0);
    for (const o of got) {
      expect(o.input).toBe(full);
      if (!o.ok) {
        expect(o.reason).toMatch(/\w{4,}/);
        expect(o.hint ?? '').not.toBe('');
      }
    }
    if (c.rejects) expect(got.filter((o) => !o.ok).map((o) => (o.ok ? '' : o.reason))).toContainEqual(expect.stringMatching(c.rejects));
    const read = got.filter((o) => o.ok).map((o) => (o.ok ? o.article.id : ''));
    for (const v of c.valid ?? []) expect(read).toContain(v.id);
  });

  it('the real ingest over all of them exits 2, lists every rejection, and writes every valid article', async () => {
    expect(outcomes.size).toBe(cases.length);
    const run = await runCli(['ingest', path.join(dir, 'ingest'), '--json']);
    expect(run.stderr).not.toMatch(/TypeError|RangeError|at .*\.ts:\d+/);
    expect(run.code).toBe(2);
    const summary = JSON.parse(run.stdout) as { articles: number; written: number; rejected: Array<{ input: string; reason: string }> };
    const all = cases.filter((c) => !c.slowExtraction).flatMap((c) => outcomes.get(c.file) ?? []);
    const readIds = new Set(all.flatMap((o) => (o.ok ? [o.article.id] : [])));
    const rejectedByReaders = all.filter((o) => !o.ok).length;
    expect(summary.rejected.length).toBe(rejectedByReaders);
    expect(summary.articles).toBe(all.length - rejectedByReaders);

    const stored = new Map((await rows('MATCH (a:Article) RETURN a.id AS id, a.title AS title')).map((r) => [r.id as string, r.title as string | null]));
    expect(stored.size).toBe(readIds.size);
    for (const c of cases.filter((k) => !k.slowExtraction)) {
      for (const v of c.valid ?? []) {
        expect(stored.has(v.id), `${c.file}: ${v.id} not written`).toBe(true);
        if (v.title) expect(stored.get(v.id)).toBe(v.title);
      }
    }
  }, 900_000);

  it('stores titles full of Cypher, HTML, zero-width and right-to-left characters as they were', async () => {
    for (const [name, nasty] of NASTY_STRINGS) {
      const [row] = await rows('MATCH (a:Article {id: $id}) RETURN a.title AS title, a.site AS site', { id: `nasty-${name}` });
      // Bolt carries UTF-8, where a lone surrogate can only travel as U+FFFD.
      const expected = `${nasty} title`.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd').trim();
      expect(row?.title, name).toBe(expected);
    }
  });

  it('keeps the graph sound: constraints in place, no label or node the inputs tried to inject, no duplicate ids', async () => {
    const constraints = (await rows('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name);
    expect(constraints).toEqual(expect.arrayContaining([...SCHEMA_NAMES.constraints]));
    const labels = (await rows('CALL db.labels() YIELD label RETURN label')).map((r) => r.label).sort();
    expect(labels.filter((l) => !['Article', 'Comment', 'Entity', 'Person', 'Country', 'Location', 'Organization', 'Source'].includes(l))).toEqual([]);
    const dupes = await rows('MATCH (n) WHERE n.id IS NOT NULL WITH labels(n) AS l, n.id AS id, count(*) AS c WHERE c > 1 RETURN l, id, c');
    expect(dupes).toEqual([]);
    const [chain] = await rows("MATCH (:Article {id: 'replies-500-flat'})<-[:COMMENTS_ON]-(c:Comment)-[:REPLIES_TO]->(:Comment) RETURN count(*) AS replies, max(c.depth) AS depth");
    expect(Number(chain?.replies)).toBe(499);
    expect(Number(chain?.depth)).toBe(499);
  });
});
