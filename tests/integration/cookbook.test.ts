/**
 * Every query of docs/cypher.md runs against the real Neo4j on the demo corpus, and its answer is
 * checked against what the cookbook says it answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCookbook } from '../../graph/cookbook.js';
import { toPlain, type Plain } from '../../graph/plain-values.js';
import { runReadOnly } from '../../graph/read-only.js';
import { ingest } from '../../ingest/ingest.js';
import { PROJECT_ROOT } from '../../src/settings.js';
import { useTestGraph } from '../helpers/neo4j.js';

type Row = Record<string, any>;

const entries = parseCookbook(readFileSync(path.join(PROJECT_ROOT, 'docs', 'cypher.md'), 'utf8'));

const names = (rows: Row[], key: string) => rows.map((r) => r[key]);

/** What each question answers on the demo data (docs/cypher.md says the same in words). */
const CHECKS: Record<number, (rows: Row[], run: (cypher: string) => Promise<Row[]>) => Promise<void> | void> = {
  1: (rows) => {
    const top = rows[0]!.articles;
    expect(rows.filter((r) => r.articles === top).map((r) => r.entity)).toContain('United States');
  },
  2: (rows) => {
    expect(rows[0]).toMatchObject({ source: 'Reuters' });
    expect(names(rows, 'source')).toEqual(expect.arrayContaining(['Kyodo News', 'NHK']));
  },
  3: (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.flatMap((r) => r.called))).toEqual(new Set(['Kirby', 'カービー']));
    for (const r of rows) expect(r.called.some((s: string) => r.comment.includes(s))).toBe(true);
    expect(rows[0]!.votes).toBe(77);
  },
  4: (rows) => {
    expect(rows).toHaveLength(1);
    expect(rows[0]!.month).toBe('2021-08');
    const top = rows[0]!.top as Array<{ entity: string; articles: number }>;
    expect(top.map((t) => t.articles)).toEqual([...top.map((t) => t.articles)].sort((a, b) => b - a));
    expect(top.slice(0, 3).map((t) => t.entity).sort()).toEqual(['Kabul', 'Taliban', 'United States']);
  },
  5: (rows) => {
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ person: 'Joe Biden', role: 'president', at: 'United States', articles: 11 }),
        expect.objectContaining({ person: 'John Kirby', role: 'press secretary', at: 'U.S. Department of Defense', articles: 11 }),
      ]),
    );
  },
  6: (rows) => {
    expect(rows).toHaveLength(1);
    expect(rows[0]!.path[0]).toBe('Jens Stoltenberg');
    expect(rows[0]!.path.at(-1)).toBe('Wang Yi');
    expect(rows[0]!.articles_apart).toBe(2);
  },
  7: async (rows, run) => {
    expect(names(rows, 'entity')).toEqual(expect.arrayContaining(['サイゴン', 'Tokyo', 'Beijing']));
    const inArticles = await run('MATCH (:Article)-[:MENTIONS]->(e:Entity) RETURN collect(DISTINCT e.name) AS names');
    for (const r of rows) expect(inArticles[0]!.names).not.toContain(r.entity);
  },
  8: async (rows, run) => {
    expect(names(rows, 'entity')).toEqual(expect.arrayContaining(['Reuters', 'Peter Vasely']));
    const inComments = await run('MATCH (:Comment)-[:MENTIONS]->(e:Entity) RETURN collect(DISTINCT e.name) AS names');
    for (const r of rows) expect(inComments[0]!.names).not.toContain(r.entity);
  },
  9: async (rows, run) => {
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      expect(r.sentence).toMatch(/Biden|バイデン/);
      expect(r.sentence).toMatch(/Johnson|ジョンソン/);
    }
    expect(rows.some((r) => r.sentence.includes('G7'))).toBe(true);
    // The articles the sentences come from are among those the co-occurrence weight counts.
    const [pair] = await run(`MATCH (:Entity {id: 'person:boris-johnson'})-[r:CO_OCCURS_WITH]-(:Entity {id: 'person:joe-biden'}) RETURN r.weight AS weight`);
    expect(new Set(names(rows, 'article')).size).toBeLessThanOrEqual(pair!.weight);
  },
  10: (rows) => {
    expect(names(rows, 'id')).toEqual(['person:joe-biden', 'person:john-kirby']);
  },
  11: (rows) => {
    expect(names(rows, 'entity')).toEqual(expect.arrayContaining(['Taliban', 'United States', 'Kabul', 'Joe Biden', 'John Kirby']));
  },
  12: (rows) => {
    expect(rows[0]).toMatchObject({ comments: 12, deepest_reply: 2 });
    expect(rows.slice(0, 2).map((r) => r.article)).toEqual(expect.arrayContaining([expect.stringContaining('自爆テロ'), expect.stringContaining('カーブルを制圧')]));
  },
  13: (rows) => {
    expect(rows[0]!.votes).toBe(87);
    expect(rows[0]!.comment).toContain('タリバン');
    expect(rows[1]!.votes).toBe(77);
  },
  14: (rows) => {
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ publisher: 'The Demo Ledger', langs: ['en'] }),
        expect.objectContaining({ publisher: 'デモ日報オンライン', langs: ['ja'] }),
      ]),
    );
  },
  15: (rows) => {
    expect(rows[0]).toMatchObject({ place: 'Kabul', country: 'Afghanistan' });
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ place: 'Beijing', articles: 0 })]));
  },
  16: (rows) => {
    expect(names(rows, 'surface')).toEqual(expect.arrayContaining(['米国', '米', 'U.S.', 'United States', 'America']));
  },
  17: (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) expect(r.at_span).toBe(r.surface);
    expect(names(rows, 'surface')).toContain('カービー');
    expect(rows.some((r) => r.context.includes('国防総省'))).toBe(true);
  },
  18: (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const r of rows) expect(r.lang).not.toBe(r.related_lang);
  },
};

describe('the Cypher cookbook on the demo corpus', () => {
  const driver = useTestGraph();
  const run = async (cypher: string): Promise<Row[]> => {
    const { keys, records } = await runReadOnly(driver(), cypher);
    return records.map((r) => Object.fromEntries(keys.map((k) => [k, toPlain(r.get(k))])) as Record<string, Plain>) as Row[];
  };

  beforeAll(async () => {
    const summary = await ingest([path.join(PROJECT_ROOT, 'data', 'demo')], { driver: driver() });
    expect(summary.rejected).toEqual([]);
  });

  it('has at least 15 questions, each with a check', () => {
    expect(entries.length).toBeGreaterThanOrEqual(15);
    expect(entries.map((e) => e.number).sort((a, b) => a - b)).toEqual(Object.keys(CHECKS).map(Number));
  });

  it.each(entries.map((e) => [e.number, e.question, e.cypher] as const))('%i. %s', async (number, _question, cypher) => {
    await CHECKS[number]!(await run(cypher), run);
  });
});
