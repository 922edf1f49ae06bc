import { describe, expect, it } from 'vitest';
import { hostnameOf } from '../../../viz/server/api.js';
import { luceneQuery } from '../../../viz/server/lucene.js';
import { BadRequestError, entityIdParam, limitParam, queryBody, searchParam } from '../../../viz/server/validate.js';
import { safeHttpUrl } from '../../../viz/shared/safe-url.js';

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://news.example.jp/記事', 'http://news.example.jp/%E8%A8%98%E4%BA%8B'],
    ['  https://example.org  ', 'https://example.org/'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:x', null],
    ['file:///etc/passwd', null],
    ['//example.org/x', null],
    ['/relative/path', null],
    ['https://user:pass@example.org/', null],
    ['', null],
    [null, null],
    [42, null],
  ])('%j → %j', (raw, expected) => {
    expect(safeHttpUrl(raw)).toBe(expected);
  });
});

describe('luceneQuery', () => {
  it.each([
    ['バイデン', '"バイデン"'],
    ['Biden', '"Biden" OR biden*'],
    ['Joe Biden', '"Joe Biden" OR joe* OR biden*'],
    ['U.S.', '"U.S."'],
    ['AND (x)', '"AND (x)" OR and*'],
    ['a"b\\', '"a\\"b\\\\"'],
    ['NATO:*', '"NATO:*"'],
  ])('%j → %j', (text, expected) => {
    expect(luceneQuery(text)).toBe(expected);
  });
});

describe('request inputs', () => {
  it.each([
    ['search', () => searchParam('  Biden '), 'Biden'],
    ['search NFKC', () => searchParam('ＵＳ'), 'US'],
    ['id', () => entityIdParam('person:joe-biden'), 'person:joe-biden'],
    ['limit default', () => limitParam(undefined, 'limit', 10, 50), 10],
    ['limit', () => limitParam('50', 'limit', 10, 50), 50],
    ['body', () => queryBody({ cypher: 'RETURN 1' }), { cypher: 'RETURN 1', params: {} }],
    ['body with params', () => queryBody({ cypher: 'RETURN $x', params: { x: 1 } }), { cypher: 'RETURN $x', params: { x: 1 } }],
  ])('accepts %s', (_, read, expected) => {
    expect(read()).toEqual(expected);
  });

  it.each([
    ['blank search', () => searchParam('   '), /"q" is missing or blank/],
    ['long search', () => searchParam('x'.repeat(101)), /101 characters/],
    ['control characters', () => searchParam('a\u0000b'), /control characters/],
    ['empty id', () => entityIdParam(''), /missing/],
    ['long id', () => entityIdParam('x'.repeat(201)), /at most 200/],
    ['zero limit', () => limitParam('0', 'limit', 10, 50), /from 1 to 50/],
    ['fraction limit', () => limitParam('2.5', 'limit', 10, 50), /whole number/],
    ['huge limit', () => limitParam('51', 'limit', 10, 50), /from 1 to 50/],
    ['array body', () => queryBody([]), /JSON object/],
    ['cypher not a string', () => queryBody({ cypher: 1 }), /"cypher" must be a string/],
    ['params not an object', () => queryBody({ cypher: 'RETURN 1', params: 'x' }), /"params" must be an object/],
  ])('refuses %s with a BadRequestError naming the input', (_, read, message) => {
    expect(read).toThrow(BadRequestError);
    expect(read).toThrow(message);
  });
});

describe('hostnameOf', () => {
  it.each([
    ['127.0.0.1:5173', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['[::1]:5173', '[::1]'],
    ['evil.example:5173', 'evil.example'],
    [undefined, ''],
  ])('%j → %j', (header, expected) => {
    expect(hostnameOf(header)).toBe(expected);
  });
});
