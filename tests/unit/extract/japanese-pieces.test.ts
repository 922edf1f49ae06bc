import { beforeAll, describe, expect, it } from 'vitest';
import { japanesePieces, MAX_PIECE } from '../../../src/extract/ja/pieces.js';
import { loadJaTokenizer, tokenizeJapanese, type JaTokenizer } from '../../../src/extract/ja/tokenizer.js';

const cut = (text: string, max: number) => japanesePieces(text, max).map(([s, e]) => text.slice(s, e));

describe('Japanese text cut into pieces for kuromoji', () => {
  const cases: Array<{ why: string; text: string; max: number; pieces: string[] }> = [
    { why: 'short sentences end at 、 and 。 as kuromoji ends them', text: '東京は晴れ、大阪は雨。明日も', max: 256, pieces: ['東京は晴れ、', '大阪は雨。', '明日も'] },
    { why: 'a long list is cut after the last line break before the limit', text: '札幌店\n仙台店\n東京店\n', max: 6, pieces: ['札幌店\n', '仙台店\n', '東京店\n'] },
    { why: 'or after a space (full-width too)', text: 'ＡＢ　ＣＤ　ＥＦ', max: 4, pieces: ['ＡＢ　', 'ＣＤ　', 'ＥＦ'] },
    { why: 'without a break, at the last change of script', text: 'あいうえ東京都', max: 6, pieces: ['あいうえ', '東京都'] },
    { why: 'with neither, at the limit', text: 'あいうえおかきくけこ', max: 4, pieces: ['あいうえ', 'おかきく', 'けこ'] },
    { why: 'never inside a surrogate pair', text: '𠮷𠮷𠮷', max: 3, pieces: ['𠮷', '𠮷', '𠮷'] },
    { why: 'a surrogate pair is a script of its own', text: 'あい𠮷あい', max: 3, pieces: ['あい', '𠮷', 'あい'] },
    { why: 'an empty text has no piece', text: '', max: 4, pieces: [] },
  ];
  it.each(cases)('$why', ({ text, max, pieces }) => {
    expect(cut(text, max)).toEqual(pieces);
  });

  it('covers the text in order with pieces no longer than the limit, whatever the text', () => {
    const text = ['ソフトバンク札幌\n', 'abc def', '、', 'あ'.repeat(700), '𠮷'.repeat(300), '。', '東京'.repeat(400)].join('');
    const pieces = japanesePieces(text, MAX_PIECE);
    expect(pieces.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
    for (const [s, e] of pieces) expect(e - s).toBeLessThanOrEqual(MAX_PIECE);
    expect(pieces.every(([s, e], i) => e > s && (i === 0 ? s === 0 : s === pieces[i - 1]![1]))).toBe(true);
  });
});

describe('tokenizeJapanese', () => {
  let tokenizer: JaTokenizer;
  beforeAll(async () => {
    tokenizer = await loadJaTokenizer();
  }, 60_000);

  it('tokenizes a long sentence piece by piece, as kuromoji tokenizes each piece, and loses no character', () => {
    // A shop list with no 、 or 。: kuromoji alone reads it as one sentence.
    const text = Array.from({ length: 400 }, (_, i) => `ソフトバンク${['札幌', '仙台', '名古屋', '博多'][i % 4]}${i}号店`).join('\n');
    const pieces = japanesePieces(text, MAX_PIECE);
    expect(pieces.length).toBeGreaterThan(text.length / MAX_PIECE);
    const tokens = tokenizeJapanese(tokenizer, text);
    expect(tokens.map((t) => t.surface_form).join('')).toBe(text);
    const byPiece = pieces.flatMap(([s, e]) => tokenizer.tokenize(text.slice(s, e)));
    expect(tokens.map((t) => [t.surface_form, t.pos, t.pos_detail_1])).toEqual(byPiece.map((t) => [t.surface_form, t.pos, t.pos_detail_1]));
  });

  it('tokenizes a text with no long sentence exactly as kuromoji does', () => {
    const text = 'バイデン大統領は記者会見で、日米同盟について述べた。\n'.repeat(20);
    expect(tokenizeJapanese(tokenizer, text).map((t) => t.surface_form)).toEqual(tokenizer.tokenize(text).map((t) => t.surface_form));
  });
});
