import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadJaTokenizer, type JaTokenizer } from '../../../src/extract/ja/tokenizer.js';
import { loadTagger, type Tagger } from '../../../src/extract/tagger/index.js';
import { JAPANESE_FEATURE_COUNT, japaneseColumns, japaneseFeatures } from '../../../src/extract/tagger/japanese-features.js';
import { japaneseTagger, tagJapaneseTokens } from '../../../src/extract/tagger/japanese-tagger.js';
import { unpackModel } from '../../../src/extract/tagger/model-file.js';
import { buildWeightTable } from '../../../src/extract/tagger/weight-table.js';
import { JAPANESE_MODEL_PATH } from '../../../src/extract/tagger/index.js';

let tokenizer: JaTokenizer;
let tagger: Tagger;

beforeAll(async () => {
  tokenizer = await loadJaTokenizer();
  const loaded = await loadTagger();
  if (loaded === null) throw new Error('data/models/ja-tagger.bin is missing: train it with npx tsx scripts/train-tagger.ts');
  tagger = loaded;
}, 60_000);

const tag = (text: string) => tagger.tagJapanese(tokenizer.tokenize(text), text).map((s) => [text.slice(s.start, s.end), s.type]);

describe('the trained Japanese tagger on sentences it never saw', () => {
  it.each<[string, Array<[string, string]>]>([
    ['山田太郎は東京都に住んでいる。', [['山田太郎', 'person'], ['東京都', 'location']]],
    ['鈴木一郎さんはトヨタ自動車に入社した。', [['鈴木一郎', 'person'], ['トヨタ自動車', 'organization']]],
    ['佐藤花子は大阪府の出身である。', [['佐藤花子', 'person'], ['大阪府', 'location']]],
    ['フランスとドイツの首脳が会談した。', [['フランス', 'location'], ['ドイツ', 'location']]],
    ['今日はとても良い天気でした。', []],
  ])('%s', (text, expected) => {
    expect(tag(text)).toEqual(expected);
  });

  it('gives spans that are JavaScript string indices into the text', () => {
    const text = '昨日、𠮷田さんと田中一郎は北海道へ行った。';
    for (const span of tagger.tagJapanese(tokenizer.tokenize(text), text)) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end).trim()).toBe(text.slice(span.start, span.end));
    }
    expect(tag(text)).toContainEqual(['北海道', 'location']);
  });

  it('finds nothing in no tokens', () => {
    expect(tagger.tagJapanese([], '')).toEqual([]);
  });

  it('says which gold records it was trained on, by id', () => {
    expect(tagger.sawInTraining('gsd-train-0')).toBe(true);
    expect(tagger.sawInTraining('dev-s4')).toBe(false);
    expect(tagger.sawInTraining('wikigold-3')).toBe(false);
  });
});

describe('japaneseColumns', () => {
  it('has exactly one entry per token, also after a longer sentence reused the buffers', () => {
    const long = 'これは長い文です。'.repeat(80);
    japaneseColumns(tokenizer.tokenize(long), long);
    const text = '英国のジョンソン首相';
    const tokens = tokenizer.tokenize(text);
    const cols = japaneseColumns(tokens, text);
    expect(cols.count).toBe(tokens.length);
    expect(Array.from(cols.starts)).toEqual([0, 2, 3, 8]);
    expect(Array.from(cols.ends)).toEqual([2, 3, 8, 10]);
  });

  it('marks particles, verbs and punctuation closed, nouns open', () => {
    const text = '英国の首相が来た。';
    const tokens = tokenizer.tokenize(text);
    const cols = japaneseColumns(tokens, text);
    expect(tokens.map((t, i) => `${t.surface_form}:${cols.open[i]}`)).toEqual(['英国:1', 'の:0', '首相:1', 'が:0', '来:0', 'た:0', '。:0']);
  });

  it('gives the same features for the same sentence, whatever came before', () => {
    const features = (text: string) => {
      const cols = japaneseColumns(tokenizer.tokenize(text), text);
      const out = new Uint32Array(JAPANESE_FEATURE_COUNT);
      return Array.from({ length: cols.count }, (_, t) => (japaneseFeatures(cols, t, out), Array.from(out)));
    };
    const first = features('カービー報道官は会見した。');
    features('東京と大阪と名古屋と福岡と札幌と仙台と広島。');
    expect(features('カービー報道官は会見した。')).toEqual(first);
  });
});

describe('the fast path (remembered per-word scores)', () => {
  it.each([
    '英国のジョンソン首相は、国防総省のジョン・カービー報道官と会談した。',
    'NATOのストルテンベルグ事務総長がカブールについて語った。',
    '𠮷野家の前でアルメニアとアゼルバイジャンの代表が会った。',
    'ヴァイマルのゲーテとシラー、ヘルダー。',
    '東京',
    '。',
  ])('gives the same spans as looking every feature up: %s', (text) => {
    const model = unpackModel(readFileSync(JAPANESE_MODEL_PATH));
    const table = buildWeightTable(model.hashes, model.weights, Float32Array.from(model.header.transitions));
    const fast = japaneseTagger(table);
    const tokens = tokenizer.tokenize(text);
    // Twice: the second time the words' scores come from what the first remembered.
    expect(fast(tokens, text)).toEqual(tagJapaneseTokens(table, tokens, text));
    expect(fast(tokens, text)).toEqual(tagJapaneseTokens(table, tokens, text));
  });
});
