/**
 * Japanese or English, from the share of kana and kanji among the letters. Kana decide it alone
 * (Chinese has kanji but no kana), so a text is Japanese when it has kana, or is mostly kanji.
 */
import type { Lang } from '../src/types.js';

const KANA = /[\u3040-\u30ff\uff66-\uff9f]/gu;
const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const LATIN = /[A-Za-z\u00c0-\u024f]/gu;

export function detectLang(text: string): Lang | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const kana = sample.match(KANA)?.length ?? 0;
  const kanji = sample.match(KANJI)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  const cjk = kana + kanji;
  if (cjk + latin === 0) return null;
  // A Japanese letter carries about as much as a word's worth of Latin letters.
  if (kana > 0 && cjk * 3 >= latin * 0.5) return 'ja';
  if (kanji > 0 && kana === 0 && kanji * 3 >= latin) return 'ja';
  return latin > 0 ? 'en' : 'ja';
}

/** 'ja', 'ja-JP', 'en_US', 'English', '日本語' → Lang; anything else → null. */
export function normalizeLang(value: unknown): Lang | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if (/^(ja|jp|jpn)([-_].*)?$/.test(v) || v === 'japanese' || v === '日本語') return 'ja';
  if (/^(en|eng)([-_].*)?$/.test(v) || v === 'english' || v === '英語') return 'en';
  return null;
}
