/**
 * Cuts Japanese text into the pieces kuromoji is given one at a time. kuromoji splits only at 、
 * and 。, and builds its lattice by re-reading the whole rest of a sentence at every character
 * (UTF-8 conversion and surrogate scan of the tail), so a long stretch without those marks (a
 * list of shop names, one per line) costs time quadratic in its length: an 8 KB list took 4 s.
 * Pieces here end where kuromoji would end them, and a sentence longer than `max` is cut further,
 * at the last line break or space before the limit, else at the last change of script, else at
 * the limit (never inside a surrogate pair). Every piece is then at most `max` long, so
 * tokenization is linear in the length of the text; texts with no long sentence are cut exactly
 * as kuromoji cuts them.
 */
import { isHiragana, isKanji, isKatakana } from '../text/scripts.js';

/** Longer than nearly every real sentence (a cut may change the tokens next to it), short enough to keep the tail scans cheap. */
export const MAX_PIECE = 256;

const isBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09 || c === 0x3000;
const isPunctuation = (c: number) => c === 0x3001 || c === 0x3002; // 、 。

/** A coarse script class, for cutting between words when a sentence has no line break or space. */
function scriptClass(c: number): number {
  if (isKanji(c)) return 1;
  if (isHiragana(c)) return 2;
  if (isKatakana(c)) return 3;
  if (c < 0x80) return 4;
  return 5;
}

/** Where to cut [start, start + max): after a break, else at a change of script, else at the limit. */
function cutPoint(text: string, start: number, max: number): number {
  const limit = start + max;
  // Look back over the second half of the window only, so every piece keeps at least half the limit.
  const floor = start + (max >> 1);
  for (let i = limit; i > floor; i--) if (isBreak(text.charCodeAt(i - 1))) return i;
  for (let i = limit; i > floor; i--) if (scriptClass(text.charCodeAt(i - 1)) !== scriptClass(text.charCodeAt(i))) return i;
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

/** The pieces of `text` as [start, end) pairs, in order, covering it exactly. */
export function japanesePieces(text: string, max: number = MAX_PIECE): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isPunctuation(text.charCodeAt(i))) continue;
    splitLong(text, start, i + 1, max, pieces);
    start = i + 1;
  }
  if (start < text.length) splitLong(text, start, text.length, max, pieces);
  return pieces;
}

function splitLong(text: string, start: number, end: number, max: number, out: Array<[number, number]>): void {
  while (end - start > max) {
    const cut = cutPoint(text, start, max);
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
}
