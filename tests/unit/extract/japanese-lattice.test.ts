import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenizeLinear } from '../../../src/extract/ja/lattice.js';
import { loadJaTokenizer, type JaTokenizer } from '../../../src/extract/ja/tokenizer.js';

let tokenizer: JaTokenizer;
beforeAll(async () => {
  tokenizer = await loadJaTokenizer();
}, 60_000);

// Every kind of text the builder treats apart: known words, unknown runs of each character class,
// sentence ends, Latin and digits, half-width kana, surrogate pairs, whitespace, nothing at all.
const TEXTS: Array<[string, string]> = [
  ['empty', ''],
  ['one known word', '政府'],
  ['a sentence', '英国のジョンソン首相は二十日、記者団に対して声明を出した。'],
  ['several sentences, the last without an end', 'バイデン大統領が演説した。国防総省のカービー報道官も会見した、と伝えた。続報を待つ'],
  ['unknown katakana run', 'ストルテンベルグ事務総長とピーター・ベイズリー海軍少将が会談'],
  ['Latin words and acronyms inside Japanese', 'NATOとThe Daily Telegraphの記事、Department of Defenseの発表。'],
  ['digits, full-width digits and units', '2021年8月17日に３０００人、約１．５倍の12.5%が参加。'],
  ['half-width katakana and symbols', 'ｶﾌﾞｰﾙ空港（ｶｰﾌﾞﾙ）→「米軍」…！？'],
  ['whitespace and line breaks', '  米国\n\n中国\t日本　台湾  '],
  ['only sentence ends', '、。、。'],
  ['surrogate pairs (emoji and a rare kanji)', '今日は😀良い天気。𠮷野家に行った、美味しかった🍜。次の文。'],
  ['a long sentence with no end mark', 'アフガニスタン情勢を巡り'.repeat(40) + '各国が協議'],
  ['onomatopoeia and English words IPADIC marks as nouns', 'オイオイオイ、PAGE TOPへ戻る Between QA F'],
];

describe('tokenizeLinear gives the tokens kuromoji gives', () => {
  it.each(TEXTS)('%s', (_name, text) => {
    expect(tokenizeLinear(tokenizer, text)).toStrictEqual(tokenizer.tokenize(text));
  });

  it('on every text of the demo corpus', () => {
    const root = path.resolve('data/demo');
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(path.join(file.parentPath, file.name), 'utf8');
      for (const line of text.split('\n')) {
        expect(tokenizeLinear(tokenizer, line), `${file.name}: ${line.slice(0, 40)}`).toStrictEqual(tokenizer.tokenize(line));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000); // kuromoji's own tokenizer, on the long lines, is the slow side
});
