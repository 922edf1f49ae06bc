/**
 * A name does not begin or end in the middle of a katakana word: レイ of ブルーレイ, マン of
 * ウォークマン are pieces kuromoji cut off, not people. A candidate that only a rule, IPADIC or the
 * tagger proposed (no title, no dictionary entity) whose first character has katakana right before
 * it, or whose last has katakana right after it, is dropped. The gold sets mark such spans about
 * once in a thousand names (ソフトバンク in ソフトバンクモバイル).
 */
import { isBacked, type Candidate } from '../candidate.js';
import { isKatakana } from '../text/scripts.js';

export function withoutKatakanaPieces(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (isBacked(c)) return true;
    const glued = (isKatakana(text.charCodeAt(c.start)) && isKatakana(text.charCodeAt(c.start - 1))) || (isKatakana(text.charCodeAt(c.end - 1)) && isKatakana(text.charCodeAt(c.end)));
    return !glued;
  });
}
