/** Character classes for token shape features: what script a token is written in. */

export const CHAR = {
  other: 0,
  hiragana: 1,
  katakana: 2,
  kanji: 3,
  upper: 4,
  lower: 5,
  digit: 6,
  space: 7,
} as const;

export function charClass(code: number): number {
  if (code >= 0x3041 && code <= 0x309f) return CHAR.hiragana;
  // ー and ・ sit in the katakana block, so katakana names with them stay one class.
  if ((code >= 0x30a0 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f) || (code >= 0x31f0 && code <= 0x31ff)) {
    return CHAR.katakana;
  }
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005 || code === 0x3006) {
    return CHAR.kanji;
  }
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xc0 && code <= 0xde)) return CHAR.upper;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0xff41 && code <= 0xff5a) || (code >= 0xdf && code <= 0xff)) return CHAR.lower;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return CHAR.digit;
  if (code === 0x20 || code === 0x3000 || code === 0x09 || code === 0x0a || code === 0x0d) return CHAR.space;
  return CHAR.other;
}

/**
 * The shape of `text[start, end)`: its class when every character shares one (upper and lower
 * count as one Latin class then, with capitalization kept apart), else first and last class.
 */
export function shapeOf(text: string, start: number, end: number): number {
  if (end <= start) return 0;
  const first = charClass(text.charCodeAt(start));
  const last = charClass(text.charCodeAt(end - 1));
  let uniform = true;
  let latin = first === CHAR.upper || first === CHAR.lower;
  let allUpper = first === CHAR.upper;
  for (let i = start + 1; i < end; i++) {
    const c = charClass(text.charCodeAt(i));
    const isLatin = c === CHAR.upper || c === CHAR.lower;
    if (c !== CHAR.upper) allUpper = false;
    if (isLatin && latin) continue;
    latin = false;
    if (c !== first) uniform = false;
  }
  if (latin) {
    // 100: all caps (NATO), 101: capitalized (Apple), 102: lower case.
    if (allUpper) return 100;
    return first === CHAR.upper ? 101 : 102;
  }
  if (uniform) return first;
  return 10 + first * 8 + last;
}
