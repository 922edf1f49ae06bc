/**
 * Japanese, English, or neither (null), from the letters: Japanese writes kana among its kanji
 * (a long run of kanji without kana is Chinese); English shows its function words (a Latin-script
 * text without them is German, French…). Short texts get the benefit of the doubt.
 */
import type { Lang } from '../src/types.js';

const WORD = /[A-Za-z\u00c0-\u024f']+/gu;
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'at', 'said', 'it', 'he', 'she', 'from', 'are', 'be', 'has', 'have', 'had', 'an', 'will', 'his', 'her', 'not', 'this', 'but', 'they', 'were', 'which', 'who', 'would', 'its', 'their', 'been', 'or', 'i', 'you', 'we', 'a']);

function looksEnglish(sample: string): boolean {
  const words = sample.match(WORD) ?? [];
  if (words.length < 8) return true;
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w.toLowerCase())) hits++;
  return hits / words.length >= 0.08;
}

/** Kana, kanji and Latin letters in a sample, counted in one pass (regex matches cost more). */
function countScripts(sample: string): { kana: number; kanji: number; latin: number } {
  let kana = 0;
  let kanji = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) kanji++;
    else if (c >= 0xff66 && c <= 0xff9f) kana++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
  }
  return { kana, kanji, latin };
}

export function detectLang(text: string): Lang | null {
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  const { kana, kanji, latin } = countScripts(sample);
  const cjk = kana + kanji;
  if (cjk + latin === 0) return null;
  // A Japanese letter carries about as much as a word's worth of Latin letters.
  if (cjk * 3 >= latin) {
    // Chinese: plenty of kanji, hardly any kana.
    if (kanji >= 20 && kana < kanji * 0.05) return null;
    return 'ja';
  }
  if (kana > 0 && cjk * 6 >= latin) return 'ja';
  return looksEnglish(sample) ? 'en' : null;
}

/** 'ja', 'ja-JP', 'en_US', 'English', '日本語' → Lang; anything else → null. */
export function normalizeLang(value: unknown): Lang | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if (/^(ja|jp|jpn)([-_].*)?$/.test(v) || v === 'japanese' || v === '日本語') return 'ja';
  if (/^(en|eng)([-_].*)?$/.test(v) || v === 'english' || v === '英語') return 'en';
  return null;
}
