import { describe, expect, it } from 'vitest';
import { articleFromRecord, commentsOf } from '../../../ingest/json-record.js';
import { parseFixture } from './fixtures.js';

describe('JSON Lines, lenient on field names (articles.jsonl)', () => {
  const { articles, rejected } = parseFixture('articles.jsonl');
  it('reads every line', () => {
    expect(rejected).toEqual([]);
    expect(articles.map((a) => [a.id, a.url, a.title, a.lang, a.publishedAt, a.category, a.site])).toEqual([
      ['wire-001', 'https://wire.example.com/a/1', 'Dockworkers in Antwerp vote to strike', 'en', '2024-05-06', null, 'Example Wire'],
      ['wire-002', null, '横浜港、コンテナ取扱量が過去最高', 'ja', '2024-01-20T09:00', '経済', '港湾通信'],
      ['wire-003', 'https://wire.example.com/a/3', 'Suez Canal traffic recovers', 'en', '2024-06-01T12:00:00+03:00', null, null],
    ]);
    expect(articles[1]!.body).toBe('横浜港の2023年のコンテナ取扱量が過去最高を記録した。\n\n市は岸壁の延伸を急ぐ。');
  });
  it('nested replies and flat parent ids give the same thread shape', () => {
    expect(articles[1]!.comments.map((c) => [c.id, c.parentId, c.depth, c.author, c.votes, c.lang])).toEqual([
      ['c1', null, 0, '港の人', 3, 'ja'],
      ['c1.1', 'c1', 1, 'Visitor', 2, 'en'],
    ]);
    expect(articles[2]!.comments.map((c) => [c.id, c.parentId, c.depth])).toEqual([
      ['x1', null, 0],
      ['x2', 'x1', 1],
    ]);
  });
});

describe('JSON documents (articles.json)', () => {
  it('reads {articles: […]}', () => {
    const { articles, rejected } = parseFixture('articles.json');
    expect(rejected).toEqual([]);
    expect(articles.map((a) => [a.id, a.lang, a.publishedAt])).toEqual([
      ['j-1', 'en', '2024-06-20T08:00:00+08:00'],
      ['j-2', 'ja', null],
    ]);
  });
});

describe('article records', () => {
  it.each([
    ['text + date', { text: 'Body.', date: '2024-01-02' }, { body: 'Body.', publishedAt: '2024-01-02', title: null }],
    ['content + publishedAt', { title: 'T', content: 'Body.', publishedAt: '2024-01-02T03:04:05Z' }, { body: 'Body.', publishedAt: '2024-01-02T03:04:05Z', title: 'T' }],
    ['articleBody + datePublished', { headline: 'T', articleBody: 'Body.', datePublished: '2024-01-02T03:04:05+0900' }, { body: 'Body.', publishedAt: '2024-01-02T03:04:05+09:00', title: 'T' }],
    ['a unix timestamp', { title: 'T', body: 'B', timestamp: 1704164645 }, { body: 'B', publishedAt: '2024-01-02T03:04:05.000Z', title: 'T' }],
    ['CRLF inside the body', { title: 'T', body: 'a\r\nb' }, { body: 'a\nb', publishedAt: null, title: 'T' }],
  ])('%s', (_name, record, expected) => {
    const result = articleFromRecord(record);
    if (!result.ok) throw new Error(result.reason);
    const { body, publishedAt, title } = result.article;
    expect({ body, publishedAt, title }).toEqual(expected);
  });

  it.each([
    ['an array', [1, 2], /expected a JSON object/],
    ['a string', 'hello', /expected a JSON object/],
    ['no text at all', { id: 'x', url: 'https://a.example' }, /no article text/],
  ])('rejects %s', (_name, record, reason) => {
    const result = articleFromRecord(record);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('ids: the input id, else the URL, else a stable content hash', () => {
    const ids = [{ id: 7, title: 'T', body: 'B' }, { url: 'https://a.example/x', title: 'T', body: 'B' }, { title: 'T', body: 'B' }, { title: 'T', body: 'B' }].map((r) => {
      const result = articleFromRecord(r);
      return result.ok ? result.article.id : null;
    });
    expect(ids[0]).toBe('7');
    expect(ids[1]).toBe('https://a.example/x');
    expect(ids[2]).toMatch(/^sha256:/);
    expect(ids[3]).toBe(ids[2]);
  });

  it('comment ids are unique even when the input repeats one', () => {
    const list = commentsOf([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }]);
    expect(new Set(list.map((c) => c.id)).size).toBe(2);
  });

  it('a parent id that is not in the list becomes a top-level comment', () => {
    expect(commentsOf([{ id: 'a', parentId: 'gone', text: 'x' }]).map((c) => [c.parentId, c.depth])).toEqual([[null, 0]]);
  });
});
