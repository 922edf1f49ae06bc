import { describe, expect, it } from 'vitest';
import { sortParagraphs } from '../../../ingest/body-parts.js';
import { chooseText } from '../../../ingest/html-main-text.js';

const context = { title: 'Ferry fares rise', category: 'Business', site: 'Harbour News', author: 'Hannah Moore', host: 'harbour.example.com' };

describe('main-text paragraphs sorted into body, sources and related', () => {
  it.each([
    [
      'a related heading and its linked list',
      ['Fares will rise by 5%.', '【関連記事】', 'Ferry operator cuts winter sailings', 'Port fees to double', 'The operator blamed fuel costs.'],
      [
        { text: 'Ferry operator cuts winter sailings', href: 'https://harbour.example.com/a', context: 'Ferry operator cuts winter sailings' },
        { text: 'Port fees to double', href: 'https://harbour.example.com/b', context: 'Port fees to double' },
      ],
      { body: ['Fares will rise by 5%.', 'The operator blamed fuel costs.'], related: ['Ferry operator cuts winter sailings', 'Port fees to double'], sources: [] },
    ],
    [
      'inline related and source lines, byline and category',
      ['Business', 'By Hannah Moore', 'Fares will rise by 5%.', 'Read more: Port fees to double', 'Source: Ministry of Transport notice', 'Advertisement'],
      [{ text: 'Ministry of Transport notice', href: 'https://gov.example/notice', context: 'Source: Ministry of Transport notice' }],
      { body: ['Fares will rise by 5%.'], related: ['Port fees to double'], sources: [['Source', 'Ministry of Transport notice', 'https://gov.example/notice']] },
    ],
    [
      'an outbound link in the text is a source; a link to the same site is not',
      ['The regulator approved the rise, according to a statement, and the harbour said so too.'],
      [
        { text: 'a statement', href: 'https://regulator.example/statement', context: 'The regulator approved the rise, according to a statement, and the harbour said so too.' },
        { text: 'the harbour', href: 'https://harbour.example.com/about', context: 'The regulator approved the rise, according to a statement, and the harbour said so too.' },
      ],
      { body: ['The regulator approved the rise, according to a statement, and the harbour said so too.'], related: [], sources: [[null, 'a statement', 'https://regulator.example/statement']] },
    ],
  ])('%s', (_name, paragraphs, links, expected) => {
    const sorted = sortParagraphs(paragraphs, links, context);
    expect({
      body: sorted.body,
      related: sorted.related.map((r) => r.title),
      sources: sorted.sources.map((s) => [s.label, s.title, s.url]),
    }).toEqual(expected);
  });
});

describe('which text is the article', () => {
  const long = (s: string) => `${s} ${'The harbour will be dredged next spring. '.repeat(6)}`;
  const a = long('A');
  const b = long('B');
  const c = long('C');
  it.each([
    ['Readability alone', [a, b], [], [], 'readability'],
    ['the marked body holds more, and all of Readability’s', [a, b], [a, b, c], [], 'marked'],
    ['the marked body holds more, but not Readability’s text', [a, b], [c, long('D'), long('E')], [], 'readability'],
    ['the marked body holds about the same', [a, b], [a, b, 'x'], [], 'readability'],
    ['JSON-LD articleBody holds the whole text', [a, b], [a, b, c], [a, b, c], 'jsonLd'],
    ['JSON-LD articleBody is a teaser', [a, b, c], [], ['A teaser.'], 'readability'],
  ])('%s', (_name, readability, marked, jsonLd, expected) => {
    expect(chooseText(readability, marked, jsonLd)).toBe(expected);
  });
});
