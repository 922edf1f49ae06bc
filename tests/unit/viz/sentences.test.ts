import { describe, expect, it } from 'vitest';
import { cutSentences, endsSentenceAt, parseSpan } from '../../../viz/server/sentences.js';

/** Marks each [start, end) of `spans` found by surface, so the table reads as text. */
function spansOf(text: string, ...surfaces: string[]): Array<[number, number]> {
  return surfaces.map((s) => {
    const at = text.indexOf(s);
    if (at === -1) throw new Error(`${s} not in ${text}`);
    return [at, at + s.length];
  });
}

describe('parseSpan', () => {
  it.each([
    ['12-18', [12, 18]],
    ['0-4', [0, 4]],
    ['4-4', null],
    ['9-3', null],
    ['12_18', null],
    ['-1-3', null],
    [12, null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(parseSpan(raw)).toEqual(expected);
  });
});

describe('endsSentenceAt', () => {
  it.each([
    ['これは文。次', 4, true],
    ['Hello world. Next', 11, true],
    ['The U.S. said', 6, false],
    ['The U.S. said', 7, false],
    ['Mr. Biden', 2, false],
    ['It costs 3.5 dollars', 10, false],
    ['Is it? Yes', 5, true],
    ['end.', 3, true],
  ])('%j at %i → %s', (text, i, expected) => {
    expect(endsSentenceAt(text, i)).toBe(expected);
  });
});

describe('cutSentences', () => {
  it.each([
    {
      about: 'a Japanese sentence between two others',
      text: '前の文です。バイデン大統領は3日に演説した。次の文。',
      surfaces: ['バイデン'],
      expected: [['バイデン大統領は3日に演説した。', ['バイデン']]],
    },
    {
      about: 'an English sentence with U.S. inside it',
      text: 'Critics spoke. The U.S. president, Joe Biden, defended it. Others disagreed.',
      surfaces: ['Joe Biden'],
      expected: [['The U.S. president, Joe Biden, defended it.', ['Joe Biden']]],
    },
    {
      about: 'an abbreviation before the name',
      text: 'Earlier news. Mr. Biden spoke on Monday. Later news.',
      surfaces: ['Biden'],
      expected: [['Mr. Biden spoke on Monday.', ['Biden']]],
    },
    {
      about: 'a closing quote kept with its sentence',
      text: '彼は「米国は撤退する。」と述べた。',
      surfaces: ['米国'],
      expected: [['彼は「米国は撤退する。」', ['米国']]],
    },
    {
      about: 'a line break ends a sentence without punctuation',
      text: '見出し\nタリバンが首都を掌握\n本文です。',
      surfaces: ['タリバン'],
      expected: [['タリバンが首都を掌握', ['タリバン']]],
    },
    {
      about: 'two spans in one sentence share it',
      text: 'Biden called Johnson. Nothing else.',
      surfaces: ['Biden', 'Johnson'],
      expected: [['Biden called Johnson.', ['Biden', 'Johnson']]],
    },
    {
      about: 'two spans in two sentences give two cuts, in text order',
      text: 'Johnson spoke first. Biden answered.',
      surfaces: ['Biden', 'Johnson'],
      expected: [
        ['Johnson spoke first.', ['Johnson']],
        ['Biden answered.', ['Biden']],
      ],
    },
    {
      about: 'leading spaces trimmed',
      text: 'One.   NATO met today.',
      surfaces: ['NATO'],
      expected: [['NATO met today.', ['NATO']]],
    },
  ])('$about', ({ text, surfaces, expected }) => {
    const cuts = cutSentences(text, spansOf(text, ...surfaces));
    expect(cuts.map((c) => [c.text, c.highlights.map(([s, e]) => c.text.slice(s, e))])).toEqual(expected);
  });

  it('skips spans outside the text and reversed spans', () => {
    expect(cutSentences('short', [[3, 99], [4, 2], [-1, 2]])).toEqual([]);
  });

  it('shows a window around the span of a very long sentence, marked with ellipses', () => {
    const text = `${'あ'.repeat(400)}バイデン${'い'.repeat(400)}。`;
    const [cut] = cutSentences(text, [[400, 404]]);
    expect(cut!.text.startsWith('…')).toBe(true);
    expect(cut!.text.endsWith('…')).toBe(true);
    expect(cut!.text.length).toBeLessThan(260);
    const [s, e] = cut!.highlights[0]!;
    expect(cut!.text.slice(s, e)).toBe('バイデン');
  });
});
