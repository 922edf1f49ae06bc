import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs, type ReadOutcome } from '../../../ingest/read.js';

const DEMO = fileURLToPath(new URL('../../../data/demo/', import.meta.url));

describe('the demo corpus (data/demo) through the readers', async () => {
  const outcomes: ReadOutcome[] = [];
  for await (const o of readInputs([DEMO])) outcomes.push(o);
  const articles = outcomes.flatMap((o) => (o.ok ? [o.article] : []));
  // The demo's README states its size; the readers must find all of it.
  const stated = /In all: (\d+) articles.*?(\d+) comments/.exec(readFileSync(`${DEMO}README.md`, 'utf8'));

  it('reads every file without a rejection', () => {
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  });

  it('finds the articles and comments the demo README states', () => {
    expect(stated).not.toBeNull();
    expect(articles.length).toBe(Number(stated![1]));
    expect(articles.reduce((n, a) => n + a.comments.length, 0)).toBe(Number(stated![2]));
  });

  it('gives every article a title, a body, a language and a unique id', () => {
    for (const a of articles) {
      expect([a.id, !!a.title, a.body.length > 100, a.lang !== null]).toEqual([a.id, true, true, true]);
    }
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  });

  it('keeps every thread whole: unique comment ids, parents that exist, depth from the parent', () => {
    for (const a of articles) {
      const byId = new Map(a.comments.map((c) => [c.id, c]));
      expect(byId.size).toBe(a.comments.length);
      for (const c of a.comments) {
        const parent = c.parentId === null ? null : byId.get(c.parentId);
        expect(c.parentId === null || parent !== undefined).toBe(true);
        expect(c.depth).toBe(parent ? parent.depth + 1 : 0);
        expect(c.postedAt === null || /^2021-08-(1[6-9]|2\d|3[01])/.test(c.postedAt)).toBe(true);
      }
    }
  });
});
