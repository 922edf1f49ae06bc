import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH, nestingDepth } from '../../../ingest/html-nesting.js';
import { parseHtml } from '../../../ingest/html-reader.js';

const nested = (n: number) => `<html><head><title>t</title></head><body>${'<div>'.repeat(n)}<p>Biden spoke in Kabul.</p>${'</div>'.repeat(n)}</body></html>`;

describe('nestingDepth', () => {
  it.each([
    ['<html><body></body></html>', 2],
    ['<html><body><p>x</p></body></html>', 3],
    ['<html><body><div><p>a</p></div><p>b</p></body></html>', 4],
    [nested(10), 13],
    [nested(1000), 1003],
  ])('%#: depth %i', (html, depth) => {
    expect(nestingDepth(parseHTML(html).document.documentElement)).toBe(depth);
  });

  it('stops counting soon after the limit', () => {
    expect(nestingDepth(parseHTML(nested(5000)).document.documentElement, 50)).toBe(51);
  });
});

describe('parseHtml on deep pages', () => {
  it('reads a page nested just under the limit', () => {
    expect(parseHtml(nested(MAX_HTML_DEPTH - 4), 'ok.html').articles).toHaveLength(1);
  });

  it('refuses a page nested 10 000 deep by name and reason, instead of running Readability for minutes', () => {
    const { articles, rejected } = parseHtml(nested(10_000), 'deep.html');
    expect(articles).toEqual([]);
    expect(rejected).toEqual([expect.objectContaining({ input: 'deep.html', reason: expect.stringMatching(/nests elements more than 256 deep/) })]);
  });
});
