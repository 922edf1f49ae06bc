import { describe, expect, it } from 'vitest';
import { importArguments } from '../../../graph/bulk/admin-import.js';
import { BULK_FILES, csvText, toCells } from '../../../graph/bulk/csv-files.js';
import { aliasText, codePointLength, compareCodePoints, cooccurrenceKeyOf, cypherInsertAll } from '../../../graph/bulk/cypher-semantics.js';
import { BulkFold } from '../../../graph/bulk/fold.js';
import { bulkRefusal, MAX_INDEX_KEY_BYTES } from '../../../graph/bulk/validate.js';
import type { ArticleRows, CommentRow, EntityRow, LocatedInRow, MentionRow, RelatedRow, RoleRow } from '../../../graph/rows.js';

/** Hand-made rows of one article (what graph/rows.ts articleRows gives), only the parts a case needs. */
function rowsOf(id: string, parts: Partial<Omit<ArticleRows, 'article'>> & { publishedAt?: string | null } = {}): ArticleRows {
  const { publishedAt = null, ...rest } = parts;
  return {
    article: { id, url: null, title: null, lang: 'en', publishedAt, category: null, site: null, body: 'text', contentHash: `hash-${id}` },
    comments: [],
    entities: [],
    articleMentions: [],
    commentMentions: [],
    cites: [],
    publishedBy: [],
    related: [],
    roles: [],
    locatedIn: [],
    mentionedEntityIds: [],
    ...rest,
  };
}

const entity = (id: string, kind: EntityRow['kind'], name: string, more: Partial<EntityRow> = {}): EntityRow => ({ id, kind, name, nameEn: null, nameJa: null, aliases: [name], ...more });
const comment = (articleId: string, localId: string, more: Partial<CommentRow> = {}): CommentRow => ({
  id: `${articleId}#${localId}`,
  articleId,
  localId,
  parentId: null,
  depth: 0,
  author: null,
  postedAt: null,
  votes: null,
  text: 't',
  lang: 'en',
  ...more,
});
const mention = (from: string, entityId: string, count = 1): MentionRow => ({ from, entityId, count, spans: ['0-1'], surfaces: ['x'] });
const role = (articleId: string, personId: string, ofId: string, title: string | null, titleJa: string | null = null): RoleRow => ({ articleId, personId, ofId, title, titleJa });
const located = (locationId: string, countryId: string, countryName: string, countryNameJa: string | null): LocatedInRow => ({ locationId, countryId, countryName, countryNameJa });
const related = (articleId: string, targetId: string, title: string | null): RelatedRow => ({ articleId, targetId, url: targetId, title });

function fold(batches: ArticleRows[][]) {
  const f = new BulkFold();
  const outputs = batches.map((b) => f.addBatch(b));
  return { outputs, final: f.finish(), fold: f };
}

describe('Cypher value semantics', () => {
  it.each([
    { a: 'a', b: 'b', expected: -1 },
    { a: 'b', b: 'a', expected: 1 },
    { a: 'ab', b: 'ab', expected: 0 },
    { a: 'a', b: 'ab', expected: -1 },
    // U+FF21 (fullwidth A) against U+1F600: code units say the emoji (a surrogate, 0xD83D) is smaller; Cypher says it is larger.
    { a: 'Ａ', b: '😀', expected: -1 },
    { a: '日本', b: '日', expected: 1 },
  ])('compareCodePoints($a, $b) = $expected', ({ a, b, expected }) => {
    expect(compareCodePoints(a, b)).toBe(expected);
  });

  it.each([
    { start: [], values: ['b', 'a', 'c'], expected: ['a', 'b', 'c'] },
    { start: ['a', 'c'], values: ['b', 'a'], expected: ['a', 'b', 'c'] },
    { start: [], values: ['😀', 'Ａ'], expected: ['Ａ', '😀'] },
    // A list MERGE_LOCATED_IN left unsorted: inserting keeps Cypher's filter order (smaller, x, larger).
    { start: ['日本', 'Japan'], values: ['JP'], expected: ['JP', '日本', 'Japan'] },
    { start: ['日本', 'Japan'], values: ['Japan'], expected: ['日本', 'Japan'] },
  ])('cypherInsertAll($start, $values)', ({ start, values, expected }) => {
    expect(cypherInsertAll(start, values)).toEqual(expected);
  });

  it.each([
    { a: 'country:JP', b: 'country:US', length: 10, key: '10:country:JPcountry:US' },
    { a: 'person:😀', b: 'x', length: 8, key: '8:person:😀x' },
  ])('pair key of $a and $b', ({ a, b, length, key }) => {
    expect(codePointLength(a)).toBe(length);
    expect(cooccurrenceKeyOf(a, b)).toBe(key);
  });

  it.each([
    { aliases: [], expected: '' },
    { aliases: ['US'], expected: 'US' },
    { aliases: ['US', '米国'], expected: 'US | 米国' },
  ])('aliasText($aliases) = $expected', ({ aliases, expected }) => {
    expect(aliasText(aliases)).toBe(expected);
  });
});

describe('BulkFold: entities', () => {
  it.each([
    {
      name: 'aliases united and sorted across batches',
      batches: [[rowsOf('a1', { entities: [entity('country:US', 'country', 'United States', { aliases: ['米国', 'US'] })] })], [rowsOf('a2', { entities: [entity('country:US', 'country', 'United States', { aliases: ['アメリカ', 'US'] })] })]],
      expected: { label: 'Country', name: 'United States', aliases: ['US', 'アメリカ', '米国'] },
    },
    {
      name: 'an English name from a later batch wins and becomes the name; a known Japanese name stays',
      batches: [
        [rowsOf('a1', { entities: [entity('person:x', 'person', 'エックス', { nameJa: 'エックス' })] })],
        [rowsOf('a2', { entities: [entity('person:x', 'person', 'X Person', { nameEn: 'X Person' })] })],
      ],
      expected: { name: 'X Person', nameEn: 'X Person', nameJa: 'エックス', aliases: ['X Person', 'エックス'] },
    },
    {
      name: 'within one batch the first article (by id) that knows the English name wins',
      batches: [[rowsOf('b', { entities: [entity('person:x', 'person', 'X', { nameEn: 'Second' })] }), rowsOf('a', { entities: [entity('person:x', 'person', 'X', { nameEn: 'First' })] })]],
      expected: { name: 'First', nameEn: 'First', aliases: ['X'] },
    },
    {
      name: 'no English name: the name of the first batch stays',
      batches: [[rowsOf('a1', { entities: [entity('org:x', 'organization', 'Old')] })], [rowsOf('a2', { entities: [entity('org:x', 'organization', 'New')] })]],
      expected: { label: 'Organization', name: 'Old', aliases: ['New', 'Old'] },
    },
    {
      name: 'the label is the first kind, the kind property the last',
      batches: [[rowsOf('a1', { entities: [entity('x:1', 'organization', 'X')] })], [rowsOf('a2', { entities: [entity('x:1', 'source', 'X')] })]],
      expected: { label: 'Organization', kind: 'source' },
    },
  ])('$name', ({ batches, expected }) => {
    const { final } = fold(batches);
    expect(final.entities).toHaveLength(1);
    expect(final.entities[0]).toMatchObject(expected);
  });

  it('a country LOCATED_IN creates (unsorted aliases, not counted as mentioned), then mentioned later', () => {
    const kabul = entity('location:kabul', 'location', 'Kabul');
    const { final, fold: f } = fold([
      [rowsOf('a1', { entities: [kabul], locatedIn: [located('location:kabul', 'country:AF', 'Afghanistan', 'アフガニスタン')] })],
      [rowsOf('a2', { entities: [kabul], locatedIn: [located('location:kabul', 'country:AF', 'Afghanistan', 'アフガニスタン')] })],
    ]);
    expect(final.entities.find((e) => e.id === 'country:AF')).toEqual({
      id: 'country:AF', label: 'Country', kind: 'country', name: 'Afghanistan', nameEn: 'Afghanistan', nameJa: 'アフガニスタン', aliases: ['Afghanistan', 'アフガニスタン'], mentioned: false,
    });
    expect(final.locatedIn).toEqual([{ from: 'location:kabul', to: 'country:AF' }]);
    expect(f.mentionedEntityCount).toBe(1);

    const later = fold([
      [rowsOf('a1', { entities: [kabul], locatedIn: [located('location:kabul', 'country:JP', 'Japan', '日本')] })],
      [rowsOf('a2', { entities: [entity('country:JP', 'country', 'Japan', { aliases: ['JP'] })] })],
    ]);
    expect(later.final.entities.find((e) => e.id === 'country:JP')).toMatchObject({ name: 'Japan', aliases: ['JP', 'Japan', '日本'], mentioned: true });
  });
});

describe('BulkFold: what many articles add to', () => {
  it.each([
    { name: 'one article', batches: [['a', 'b', 'c']], expected: [['a', 'b', 1], ['a', 'c', 1], ['b', 'c', 1]] },
    { name: 'summed within and across batches', batches: [['a', 'b'], ['b', 'a'], ['a', 'b', 'c']], expected: [['a', 'b', 3], ['a', 'c', 1], ['b', 'c', 1]] },
    { name: 'one entity: no pair', batches: [['a']], expected: [] },
  ])('co-occurrence: $name', ({ batches, expected }) => {
    const { final } = fold(batches.map((ids, i) => [rowsOf(`art-${i}`, { mentionedEntityIds: ids })]));
    expect(final.cooccurrence.map((c) => [c.a, c.b, c.weight]).sort()).toEqual(expected);
    for (const c of final.cooccurrence) expect(c.key).toBe(`${c.a.length}:${c.a}${c.b}`);
  });

  it.each([
    {
      name: 'articles sorted, dates from the articles, a later batch\'s title wins',
      batches: [
        [rowsOf('a2', { publishedAt: '2021-08-20T10:00:00Z', roles: [role('a2', 'person:k', 'org:dod', 'spokesman')] })],
        [rowsOf('a1', { publishedAt: '2021-08-25T00:00:00Z', roles: [role('a1', 'person:k', 'org:dod', 'press secretary', '報道官')] })],
      ],
      expected: { title: 'press secretary', titleJa: '報道官', articles: ['a1', 'a2'], firstSeen: '2021-08-20', lastSeen: '2021-08-25' },
    },
    {
      name: 'a batch without a title keeps the earlier one; an article without a date adds none',
      batches: [
        [rowsOf('a1', { publishedAt: null, roles: [role('a1', 'person:k', 'org:dod', 'press secretary')] })],
        [rowsOf('a3', { publishedAt: '2021-09-01', roles: [role('a3', 'person:k', 'org:dod', null)] })],
      ],
      expected: { title: 'press secretary', titleJa: null, articles: ['a1', 'a3'], firstSeen: '2021-09-01', lastSeen: '2021-09-01' },
    },
    {
      name: 'within a batch the first article by id names it',
      batches: [[rowsOf('b', { roles: [role('b', 'person:k', 'org:dod', 'second')] }), rowsOf('a', { roles: [role('a', 'person:k', 'org:dod', 'first')] })]],
      expected: { title: 'first', articles: ['a', 'b'], firstSeen: null, lastSeen: null },
    },
  ])('roles: $name', ({ batches, expected }) => {
    const { final } = fold(batches);
    expect(final.roles).toHaveLength(1);
    expect(final.roles[0]).toMatchObject({ personId: 'person:k', ofId: 'org:dod', ...expected });
  });

  it.each([
    { name: 'a target never loaded is a stub with the first title', batches: [[rowsOf('a', { related: [related('a', 'u:x', 'First')] })], [rowsOf('b', { related: [related('b', 'u:x', 'Second')] })]], stubs: [{ id: 'u:x', url: 'u:x', title: 'First' }] },
    { name: 'a target loaded later is no stub', batches: [[rowsOf('a', { related: [related('a', 'u:x', 'T')] })], [rowsOf('u:x')]], stubs: [] },
    { name: 'a target loaded before is no stub', batches: [[rowsOf('u:x')], [rowsOf('a', { related: [related('a', 'u:x', 'T')] })]], stubs: [] },
    { name: 'a stub title may be null', batches: [[rowsOf('a', { related: [related('a', 'u:y', null)] })]], stubs: [{ id: 'u:y', url: 'u:y', title: null }] },
  ])('stub articles: $name', ({ batches, stubs }) => {
    expect(fold(batches).final.stubs).toEqual(stubs);
  });
});

describe('BulkFold: what one batch writes', () => {
  it('comments: a repeated id keeps the last row; threads and COMMENTS_ON once; comment mentions last wins; counts as the writer', () => {
    const rows = rowsOf('a', {
      comments: [comment('a', '1', { text: 'first' }), comment('a', '2', { parentId: 'a#1', depth: 1 }), comment('a', '1', { text: 'again' }), comment('a', '3', { parentId: 'a#gone' })],
      articleMentions: [mention('a', 'e:1', 2)],
      commentMentions: [mention('a#1', 'e:1', 1), mention('a#1', 'e:1', 3), mention('a#2', 'e:2', 1)],
    });
    const { outputs } = fold([[rows]]);
    const [out] = outputs;
    expect(out!.comments.map((c) => [c.id, c.text])).toEqual([['a#1', 'again'], ['a#2', 't'], ['a#3', 't']]);
    expect(out!.commentsOn).toEqual([{ from: 'a#1', to: 'a' }, { from: 'a#2', to: 'a' }, { from: 'a#3', to: 'a' }]);
    expect(out!.replies).toEqual([{ from: 'a#2', to: 'a#1' }]);
    expect(out!.commentMentions.map((m) => [m.from, m.entityId, m.count])).toEqual([['a#1', 'e:1', 3], ['a#2', 'e:2', 1]]);
    // The writer counts every comment row and the mentions after the comment dedupe.
    expect(out!.counts).toEqual({ written: 1, comments: 4, mentions: 6 });
  });

  it('an article id loaded before is not folded again (an edit goes through the writer)', () => {
    const f = new BulkFold();
    f.addBatch([rowsOf('a')]);
    expect([f.versionOf('a', 'hash-a'), f.versionOf('a', 'hash-b'), f.versionOf('b', 'hash-a')]).toEqual(['same', 'other', 'none']);
    expect(() => f.addBatch([rowsOf('a')])).toThrow(/already loaded/);
  });
});

describe('bulkRefusal', () => {
  const long = (n: number) => '遠'.repeat(n);
  it.each([
    { name: 'an ordinary article', rows: rowsOf('a', { comments: [comment('a', '1')] }), expected: null },
    { name: 'an id of 8,164 bytes fits', rows: rowsOf('x'.repeat(MAX_INDEX_KEY_BYTES)), expected: null },
    { name: 'an id of 8,165 bytes', rows: rowsOf('x'.repeat(MAX_INDEX_KEY_BYTES + 1)), expected: /its id is 8,165 bytes/ },
    { name: 'a comment key of 9,002 bytes', rows: rowsOf('a', { comments: [comment('a', long(3000))] }), expected: /the key of its comment 遠+ is 9,002 bytes/ },
    { name: 'an entity id', rows: rowsOf('a', { entities: [entity(`person:${long(2800)}`, 'person', 'P')] }), expected: /the id of the entity P/ },
    { name: 'a related target id', rows: rowsOf('a', { related: [related('a', `https://x.example/${long(2800)}`, null)] }), expected: /a related article/ },
    { name: 'two ids that fit whose pair key does not', rows: rowsOf('a', { mentionedEntityIds: [`a:${long(1400)}`, `b:${long(1400)}`] }), expected: /co-occurrence key/ },
    { name: 'an alias holding U+001F', rows: rowsOf('a', { entities: [entity('person:p', 'person', 'P', { aliases: ['P\u001fQ'] })] }), expected: /U\+001F/ },
    { name: 'a mention whose only surface is empty', rows: rowsOf('a', { articleMentions: [{ ...mention('a', 'e:1'), surfaces: [''] }] }), expected: /a list of one empty string/ },
  ])('$name', ({ rows, expected }) => {
    const refusal = bulkRefusal(rows);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal?.reason).toMatch(expected);
  });
});

describe('bulk CSV files', () => {
  it.each([
    { name: 'strings quoted, null empty, numbers bare', rows: [['a', '', null, 2, 0.5]], expected: '"a","",,2,0.5\n' },
    { name: 'quotes doubled, separators and line breaks inside quotes', rows: [['say "hi"; a,b', 'x\r\ny']], expected: '"say ""hi""; a,b","x\r\ny"\n' },
    { name: 'backslashes as they are', rows: [['a\\"b']], expected: '"a\\""b"\n' },
    { name: 'no rows', rows: [], expected: '' },
  ])('csvText: $name', ({ rows, expected }) => {
    expect(csvText(rows)).toBe(expected);
  });

  it.each([
    { name: 'mention: count as a number, lists joined by U+001F', cells: toCells.mention({ from: 'a', entityId: 'e', count: 2, spans: ['0-1', '5-6'], surfaces: ['米', '米'] }), expected: ['a', 'e', 2, '0-1\u001f5-6', '米\u001f米'] },
    {
      name: 'entity: aliasText from the aliases',
      cells: toCells.entity({ id: 'country:US', label: 'Country', kind: 'country', name: 'United States', nameEn: 'United States', nameJa: null, aliases: ['US', '米国'], mentioned: true }),
      expected: ['country:US', 'country', 'United States', 'United States', null, 'US\u001f米国', 'US | 米国'],
    },
  ])('toCells: $name', ({ cells, expected }) => {
    expect(cells).toEqual(expected);
  });

  it('headers type what the driver sends: numbers as double, lists as string[]', () => {
    expect(BULK_FILES.comments.header).toContain('depth:double');
    expect(BULK_FILES.comments.header).toContain('votes:double');
    expect(BULK_FILES.articleMentions.header).toEqual([':START_ID(Article)', ':END_ID(Entity)', 'count:double', 'spans:string[]', 'surfaces:string[]']);
    expect(BULK_FILES.cooccurrence.header).toEqual([':START_ID(Entity)', ':END_ID(Entity)', 'key', 'weight:double']);
    expect(BULK_FILES['entity-person']).toMatchObject({ kind: 'nodes', target: 'Entity:Person' });
  });

  it('importer arguments: database first, a read buffer that holds the largest value', () => {
    const args = importArguments({ database: 'neo4j', files: [{ spec: BULK_FILES.articles, path: '/t/articles.csv' }, { spec: BULK_FILES.cites, path: '/t/cites.csv' }], reportFile: '/t/r', largestValue: 3_000_000 });
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(args).toContain('--array-delimiter=U+001F');
    expect(args).toContain(`--read-buffer-size=${9 * 1024 * 1024}`);
    expect(args.slice(-2)).toEqual(['--nodes=Article=/t/articles.csv', '--relationships=CITES=/t/cites.csv']);
    expect(importArguments({ database: 'neo4j', files: [], reportFile: '/t/r', largestValue: 10 })).toContain(`--read-buffer-size=${4 * 1024 * 1024}`);
  });
});
