import { beforeAll, describe, expect, it } from 'vitest';
import { loadJaTokenizer } from '../../../src/extract/ja/tokenizer.js';
import { senseBits } from '../../../src/extract/ja/senses.js';

// Every IPADIC sense of a word, as bits (surname 1, given name 2, person 4, country 8, place 16,
// organization 32, other proper 64, common noun 128, verbal noun 256, adverbial 512, adjectival 1024).
describe('senseBits: all the senses IPADIC lists for a word', () => {
  let bits: (word: string) => number;
  beforeAll(async () => {
    bits = senseBits(await loadJaTokenizer());
  }, 60_000);

  it.each<[string, number]>([
    ['金子', 1 | 32 | 16 | 128], // a surname, an organization, a place and a common noun
    ['毎日', 512 | 32], // "every day" and the newspaper
    ['サントリー', 32],
    ['日本', 8],
    ['ゼベダヨ', 0], // IPADIC does not know it
  ])('%s → %i', (word, want) => {
    expect(bits(word)).toBe(want);
  });
});
