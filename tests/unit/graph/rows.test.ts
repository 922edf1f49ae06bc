import { describe, expect, it } from 'vitest';
import { articleRows, boundedIdBytes, citedSource, commentGlobalId, cooccurrenceDeltas, entityPairs, mentionRows, roleUpdateRows } from '../../../graph/rows.js';
import { boundedId } from '../../../src/resolve/slug.js';
import type { Entity, Mention } from '../../../src/types.js';
import { BIDEN_ROLE, ENTITIES as E, EVACUATION, KIRBY_ROLE, KNOWN, extractionOf } from '../../fixtures/graph/articles.js';

const m = (start: number, text: string, entity: Entity): Mention => ({ start, end: start + text.length, text, kind: entity.kind, entity });

describe('mentionRows', () => {
  it.each([
    { name: 'one mention', mentions: [m(3, 'バイデン', E.biden)], expected: [{ from: 'a', entityId: 'person:joe-biden', count: 1, spans: ['3-7'], surfaces: ['バイデン'] }] },
    {
      name: 'grouped per entity, in text order, whatever order they come in',
      mentions: [m(20, '米', E.us), m(0, '米国', E.us), m(5, 'Biden', E.biden)],
      expected: [
        { from: 'a', entityId: 'country:US', count: 2, spans: ['0-2', '20-21'], surfaces: ['米国', '米'] },
        { from: 'a', entityId: 'person:joe-biden', count: 1, spans: ['5-10'], surfaces: ['Biden'] },
      ],
    },
    { name: 'no mentions', mentions: [], expected: [] },
  ])('$name', ({ mentions, expected }) => {
    expect(mentionRows('a', mentions)).toEqual(expected);
  });
});

describe('citedSource', () => {
  const outlets = [E.guardian];
  it.each([
    { ref: { label: '出典', title: 'The Guardian report', url: null }, expected: 'source:the-guardian' },
    { ref: { label: '参考', title: 'Some report', url: 'https://www.defense.example.gov/x' }, expected: 'source:defense.example.gov' },
    { ref: { label: 'link', title: null, url: 'https://www.theguardian.com/world/2021/aug/x' }, expected: 'source:the-guardian' },
    { ref: { label: 'link', title: 'Airlift', url: 'https://guardian.example.com/x' }, expected: 'source:guardian.example.com' },
    { ref: { label: '参考', title: 'Limited Coordination Between Allies', url: null }, expected: 'source:limited-coordination-between-allies' },
    { ref: { label: 'Source', title: null, url: null }, expected: 'source:source' },
    { ref: { label: null, title: null, url: null }, expected: null },
  ])('$ref.title / $ref.url → $expected', ({ ref, expected }) => {
    expect(citedSource(ref, outlets)?.id ?? null).toBe(expected);
  });
});

describe('boundedIdBytes: ids bounded by UTF-8 bytes, as the index limit counts them', () => {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  it.each([
    { name: 'short ASCII: unchanged', id: 'a#1', max: 16, expected: 'a#1' },
    { name: 'exactly the limit: unchanged', id: 'x'.repeat(16), max: 16, expected: 'x'.repeat(16) },
    { name: 'Japanese within the limit (5 characters, 15 bytes): unchanged', id: '遠遠遠遠遠', max: 15, expected: '遠遠遠遠遠' },
    { name: 'Japanese over it by bytes, not by characters: cut whole characters, hash suffix', id: '遠'.repeat(10), max: 20, expected: `遠遠遠${boundedId('遠'.repeat(10), 9)}` },
    { name: 'a 4-byte character is never split', id: `a${'😀'.repeat(5)}`, max: 18, expected: `a😀😀${boundedId(`a${'😀'.repeat(5)}`, 9)}` },
  ])('$name', ({ id, max, expected }) => {
    const got = boundedIdBytes(id, max);
    expect(got).toBe(expected);
    expect(bytes(got)).toBeLessThanOrEqual(max);
  });

  it('is boundedId for long ASCII ids (stored comment ids do not change)', () => {
    const id = `article#${'c'.repeat(5000)}`;
    expect(boundedIdBytes(id, 4096)).toBe(boundedId(id, 4096));
  });

  it.each([
    { name: '3,000-character Japanese comment id', localId: '遠'.repeat(3000) },
    { name: '3,000-character ASCII comment id', localId: 'c'.repeat(3000) },
    { name: 'emoji comment id', localId: '😀'.repeat(3000) },
  ])('commentGlobalId stays within 4,096 bytes: $name', ({ localId }) => {
    const a = commentGlobalId('art-1', localId);
    expect(bytes(a)).toBeLessThanOrEqual(4096);
    expect(a.startsWith('art-1#')).toBe(true);
    expect(commentGlobalId('art-1', `${localId}x`)).not.toBe(a);
  });

  it.each([
    { name: "'#' in the article id or in the comment id", one: ['a#b', 'c'], other: ['a', 'b#c'] },
    { name: 'an escaped-looking article id', one: ['a%23b', 'c'], other: ['a#b', 'c'] },
    { name: "'%' before '#'", one: ['a%', '#c'], other: ['a%#', 'c'] },
  ])('commentGlobalId keeps comments of different articles apart: $name', ({ one, other }) => {
    expect(commentGlobalId(one[0]!, one[1]!)).not.toBe(commentGlobalId(other[0]!, other[1]!));
  });

  it.each([
    { articleId: 'seed-000', localId: 'c7', expected: 'seed-000#c7' },
    { articleId: 'https://example.com/news/1', localId: '3', expected: 'https://example.com/news/1#3' },
    { articleId: 'a#b', localId: 'c', expected: 'a%23b#c' },
    { articleId: '100%', localId: 'x#2', expected: '100%25#x#2' },
  ])('commentGlobalId escapes only % and # of the article id: $articleId', ({ articleId, localId, expected }) => {
    expect(commentGlobalId(articleId, localId)).toBe(expected);
  });
});

describe('entityPairs', () => {
  it.each([
    { ids: [], expected: [] },
    { ids: ['b'], expected: [] },
    { ids: ['b', 'a'], expected: [['a', 'b']] },
    { ids: ['c', 'a', 'b', 'a'], expected: [['a', 'b'], ['a', 'c'], ['b', 'c']] },
  ])('$ids → $expected', ({ ids, expected }) => {
    expect(entityPairs(ids)).toEqual(expected);
  });
});

describe('cooccurrenceDeltas', () => {
  it.each([
    { name: 'a new article adds 1 to each of its pairs', changes: [{ before: [], after: ['b', 'a', 'c'] }], expected: [{ a: 'a', b: 'b', delta: 1 }, { a: 'a', b: 'c', delta: 1 }, { a: 'b', b: 'c', delta: 1 }] },
    {
      name: 'an edit that drops an entity takes 1 from exactly the pairs it lost, and leaves kept pairs alone',
      changes: [{ before: ['a', 'b', 'c'], after: ['a', 'b'] }],
      expected: [
        { a: 'a', b: 'c', delta: -1 },
        { a: 'b', b: 'c', delta: -1 },
      ],
    },
    {
      name: 'an edit that swaps an entity moves its pairs',
      changes: [{ before: ['a', 'b', 'c'], after: ['a', 'd', 'b'] }],
      expected: [
        { a: 'a', b: 'c', delta: -1 },
        { a: 'a', b: 'd', delta: 1 },
        { a: 'b', b: 'c', delta: -1 },
        { a: 'b', b: 'd', delta: 1 },
      ],
    },
    { name: 'the same set again changes nothing', changes: [{ before: ['b', 'a'], after: ['a', 'b'] }], expected: [] },
    { name: 'an article that no longer mentions anything takes all its pairs back', changes: [{ before: ['a', 'b'], after: [] }], expected: [{ a: 'a', b: 'b', delta: -1 }] },
    {
      name: 'articles of one batch sum per pair',
      changes: [
        { before: [], after: ['a', 'b'] },
        { before: [], after: ['b', 'a', 'a'] },
      ],
      expected: [{ a: 'a', b: 'b', delta: 2 }],
    },
    {
      name: 'one article gaining a pair and another losing it cancel out',
      changes: [
        { before: ['a'], after: ['a', 'b'] },
        { before: ['a', 'b', 'c'], after: ['c'] },
      ],
      expected: [
        { a: 'a', b: 'c', delta: -1 },
        { a: 'b', b: 'c', delta: -1 },
      ],
    },
  ])('$name', ({ changes, expected }) => {
    expect(cooccurrenceDeltas(changes)).toEqual(expected);
  });
});

describe('roleUpdateRows', () => {
  const kirby = { articleId: 'x', personId: 'p', ofId: 'o', title: 'press secretary', titleJa: '報道官' };
  it.each([
    { name: 'new role', changes: [{ articleId: 'x', before: [], after: [kirby] }], expected: [{ personId: 'p', ofId: 'o', title: 'press secretary', titleJa: '報道官', add: ['x'], remove: [] }] },
    { name: 'dropped role', changes: [{ articleId: 'x', before: [{ personId: 'p', ofId: 'o' }], after: [] }], expected: [{ personId: 'p', ofId: 'o', title: null, titleJa: null, add: [], remove: ['x'] }] },
  ])('$name', ({ changes, expected }) => {
    expect(roleUpdateRows(changes)).toEqual(expected);
  });
});

describe('articleRows', () => {
  const rows = articleRows(EVACUATION, extractionOf(EVACUATION, KNOWN, [KIRBY_ROLE, BIDEN_ROLE]), { outlets: [E.guardian], locate: () => null });

  it.each([
    { what: 'comment ids', got: rows.comments.map((c) => [c.id, c.parentId]), expected: [['a-evacuation#1', null], ['a-evacuation#2', 'a-evacuation#1'], ['a-evacuation#3', 'a-evacuation#2']] },
    { what: 'comment mentions', got: rows.commentMentions.map((r) => [r.from, r.entityId]), expected: [['a-evacuation#1', 'person:joe-biden'], ['a-evacuation#2', 'country:GB'], ['a-evacuation#2', 'country:US'], ['a-evacuation#3', 'country:AF']] },
    { what: 'roles', got: rows.roles.map((r) => [r.personId, r.ofId, r.titleJa]), expected: [['person:joe-biden', 'country:US', '大統領'], ['person:john-kirby', 'org:us-dod', '報道官']] },
    { what: 'cited sources', got: rows.cites.map((c) => [c.sourceId, c.role]), expected: [['source:defense.example.gov', '参考'], ['source:the-guardian', '出典']] },
    { what: 'publisher', got: rows.publishedBy.map((p) => p.sourceId), expected: ['source:example-news'] },
    { what: 'related', got: rows.related.map((r) => r.targetId), expected: ['https://news.example.org/a-airlift'] },
    {
      what: 'co-occurrence set: body and comments',
      got: rows.mentionedEntityIds,
      expected: ['country:AF', 'country:GB', 'country:US', 'location:kabul', 'org:taliban', 'org:us-dod', 'person:boris-johnson', 'person:joe-biden', 'person:john-kirby'],
    },
  ])('$what', ({ got, expected }) => {
    expect(got).toEqual(expected);
  });

  it('keeps every alias seen, sorted, once', () => {
    expect(rows.entities.find((e) => e.id === 'country:US')?.aliases).toEqual(['U.S.', 'United States', 'アメリカ', '米', '米国']);
  });

  it('gives a changed article a different contentHash, the same one a stable hash', () => {
    const again = articleRows(EVACUATION, extractionOf(EVACUATION, KNOWN), { outlets: [], locate: () => null });
    const edited = articleRows({ ...EVACUATION, body: `${EVACUATION.body}。` }, extractionOf(EVACUATION, KNOWN), { outlets: [], locate: () => null });
    expect(again.article.contentHash).toBe(rows.article.contentHash);
    expect(edited.article.contentHash).not.toBe(rows.article.contentHash);
  });
});
