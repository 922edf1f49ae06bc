/** Character classes for Japanese and Latin text, by code point range; no regex per character. */

export const isKatakana = (c: number): boolean => (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0x31f0 && c <= 0x31ff);
export const isHiragana = (c: number): boolean => c >= 0x3041 && c <= 0x309f;
export const isKanji = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005;
export const isJapanese = (c: number): boolean => isKatakana(c) || isHiragana(c) || isKanji(c);
/** ・ and ＝, the dots between the parts of a foreign name written in katakana. */
export const isNameDot = (c: number): boolean => c === 0x30fb || c === 0xff1d || c === 0x3d || c === 0xff65;
/** ＝, = or ゠ between the parts of one name (ジャン＝ポール); unlike ・, never between the names of a list. */
export const isEqualsJoin = (c: number): boolean => c === 0xff1d || c === 0x3d || c === 0x30a0;
export const isLatinLetter = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isUpper = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
export const isWordChar = (c: number): boolean => isLatinLetter(c) || isDigit(c);

export const allKatakana = (s: string): boolean => {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isKatakana(s.charCodeAt(i))) return false;
  return true;
};

/**
 * Folds text for dictionary lookup without changing its length (so offsets stay valid):
 * full-width ASCII to ASCII, then ASCII to lower case.
 */
export function fold(text: string): string {
  let out = '';
  let changed = false;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c === 0x2019) c = 0x27; // ’ → '
    if (c !== text.charCodeAt(i)) changed = true;
    codes[i] = c;
  }
  if (!changed) return text;
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

/** True when the span [start, end) is not glued to Latin letters or digits on either side. */
export function latinBoundaries(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && (end >= text.length || !isWordChar(text.charCodeAt(end)));
}
