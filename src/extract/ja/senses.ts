/**
 * Every sense IPADIC lists for a word, as bits. kuromoji picks one entry per word; the others still
 * say what the word can be (金子: a surname, an organization, a place and a common noun; 毎日: an
 * adverbial noun and a newspaper). Read by the tagger as a feature (tagger/japanese-features.ts)
 * and by the rule that keeps such words from standing alone (otherSenseOf in ../index.ts).
 */
import { dictionaryEntries } from './lattice.js';
import type { JaTokenizer } from './tokenizer.js';

const BITS: Record<string, number> = {
  '名詞,固有名詞,人名,姓': 1,
  '名詞,固有名詞,人名,名': 2,
  '名詞,固有名詞,人名,一般': 4,
  '名詞,固有名詞,地域,国': 8,
  '名詞,固有名詞,地域,一般': 16,
  '名詞,固有名詞,組織,*': 32,
  '名詞,固有名詞,一般,*': 64,
  '名詞,一般,*,*': 128,
  '名詞,サ変接続,*,*': 256,
  '名詞,副詞可能,*,*': 512,
  '名詞,形容動詞語幹,*,*': 1024,
};
const OTHER_NOUN = 2048;
const NOT_NOUN = 4096;

/** A person's name of any kind (IPADIC's 人名: 姓, 名, 一般). */
export const PERSON_NAME_SENSES = 1 | 2 | 4;
/** An adverbial noun (毎日, 今年). */
export const ADVERBIAL_SENSE = 512;

export function senseBits(tokenizer: JaTokenizer): (word: string) => number {
  return (word) => {
    let bits = 0;
    for (const f of dictionaryEntries(tokenizer, word)) {
      const b = BITS[`${f[0]},${f[1]},${f[2]},${f[3]}`];
      bits |= b ?? (f[0] === '名詞' ? OTHER_NOUN : NOT_NOUN);
    }
    return bits;
  };
}
