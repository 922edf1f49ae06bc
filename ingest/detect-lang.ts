/**
 * Japanese, English, or neither (null), from the letters: Japanese writes kana among its kanji
 * (a long run of kanji without kana is Chinese); English shows its function words (a Latin-script
 * text without them is German, French…). Short texts get the benefit of the doubt.
 */
import type { Lang } from '../src/types.js';

const KANA = /[\u3040-\u30ff\uff66-\uff9f]/gu;
const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const LATIN = /[A-Za-z\u00c0-\u024f]/gu;
const WORD = /[A-Za-z\u00c0-\u024f']+/gu;
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'at', 'said', 'it', 'he', 'she', 'from', 'are', 'be', 'has', 'have', 'had', 'an', 'will', 'his', 'her', 'not', 'this', 'but', 'they', 'were', 'which', 'who', 'would', 'its', 'their', 'been', 'or', 'i', 'you', 'we', 'a']);

function looksEnglish(sample: string): boolean {
  const words = sample.match(WORD) ?? [];
  if (words.length < 8) return true;
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w.toLowerCase())) hits++;
  return hits / words.length >= 0.08;
}

export function detectLang(text: string): Lang | null {
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  const kana = sample.match(KANA)?.length ?? 0;
  const kanji = sample.match(KANJI)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
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
