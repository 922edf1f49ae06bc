import { describe, expect, it } from 'vitest';
import { CHAR, shapeOf } from '../../../src/extract/tagger/char-class.js';

const shape = (text: string) => shapeOf(text, 0, text.length);

describe('shapeOf', () => {
  it.each([
    ['ジョンソン', CHAR.katakana],
    ['ジョン・カービー', CHAR.katakana],
    ['東京', CHAR.kanji],
    ['々', CHAR.kanji],
    ['ひらがな', CHAR.hiragana],
    ['2024', CHAR.digit],
    ['２０２４', CHAR.digit],
    ['NATO', 100],
    ['ＮＡＴＯ', 100],
    ['Biden', 101],
    ['teal', 102],
    ['、', CHAR.other],
  ])('%s → %i', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });

  it('tells mixed tokens apart by their first and last class', () => {
    expect(shape('米軍')).toBe(CHAR.kanji);
    expect(shape('F1')).not.toBe(shape('1F'));
    expect(shape('第1')).not.toBe(shape('1位'));
  });

  it('is 0 for an empty range', () => {
    expect(shapeOf('abc', 1, 1)).toBe(0);
  });
});
