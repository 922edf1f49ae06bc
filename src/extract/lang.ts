import type { Lang } from '../types.js';
import { isJapanese, isLatinLetter } from './text/scripts.js';

/** Japanese when kana or kanji make up a fair share of the letters; English otherwise. */
export function detectLang(text: string): Lang {
  let ja = 0;
  let latin = 0;
  const n = Math.min(text.length, 2000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isJapanese(c)) ja++;
    else if (isLatinLetter(c)) latin++;
  }
  return ja > 0 && ja * 3 >= latin * 0.5 ? 'ja' : 'en';
}
