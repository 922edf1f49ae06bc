/**
 * Common nouns that name nothing (data/gazetteers/ja-common-words.json): katakana loanwords IPADIC
 * is too old to know (アプリ, ウィジェット, クリエイター), katakana spellings of native words
 * (オトコ, カラダ, アナタ) and colours (パープル). IPADIC calls unknown katakana proper nouns, and
 * the tagger, reading a subject before が or は, took them for people: on livedoor news they were
 * among the most frequent "persons". A candidate whose whole text is one of them is dropped,
 * unless a title or a dictionary backs it (a later bare surname joins its full name in resolution
 * whatever this says).
 */
import { readFileSync } from 'node:fs';
import { isBacked, type Candidate } from '../candidate.js';
import { isHiragana, isKanji, isKatakana, isWordChar } from '../text/scripts.js';

interface CommonWordsFile {
  words: string[];
  tails: string[];
}

let file: { words: ReadonlySet<string>; tails: ReadonlySet<string> } | null = null;

function load(): { words: ReadonlySet<string>; tails: ReadonlySet<string> } {
  if (!file) {
    const raw = JSON.parse(readFileSync(new URL('../../../data/gazetteers/ja-common-words.json', import.meta.url), 'utf8')) as CommonWordsFile;
    file = { words: new Set(raw.words), tails: new Set(raw.tails) };
  }
  return file;
}

/** The list, read once per process. */
export function jaCommonWords(): ReadonlySet<string> {
  return load().words;
}

/** The generic nouns a name is written against (Googleロゴ), read once per process. */
export function jaGenericTails(): ReadonlySet<string> {
  return load().tails;
}

export function withoutCommonWords(text: string, candidates: Candidate[], common: ReadonlySet<string> = jaCommonWords()): Candidate[] {
  return candidates.filter((c) => isBacked(c) || c.kind === 'country' || !common.has(text.slice(c.start, c.end)));
}

const LONGEST_TAIL = 8;

/** Latin letters and digits, katakana, hiragana, kanji: a change between two of them is a word break. */
function scriptOf(c: number): number {
  if (isWordChar(c)) return 1;
  if (isKatakana(c)) return 2;
  if (isHiragana(c)) return 3;
  if (isKanji(c)) return 4;
  return 0;
}

/** Whether a word can begin at `at`: a space before it, or a change of script there. */
function breaksAt(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before === 0x20 || before === 0x3000) return true;
  const a = scriptOf(before);
  const b = scriptOf(text.charCodeAt(at));
  return a !== 0 && b !== 0 && a !== b;
}

/** Where the name ends once the generic nouns after it are taken off (its end when there are none). */
export function endBeforeTails(text: string, start: number, end: number, tails: ReadonlySet<string> = jaGenericTails()): number {
  let cut = end;
  for (let found = true; found; ) {
    found = false;
    for (let k = Math.min(LONGEST_TAIL, cut - start - 1); k >= 2; k--) {
      if (tails.has(text.slice(cut - k, cut)) && breaksAt(text, cut - k)) {
        cut -= k;
        while (cut > start && /\s/.test(text[cut - 1]!)) cut--;
        found = true;
        break;
      }
    }
  }
  return cut;
}

/**
 * A name with a generic noun written against it in another script (Googleロゴ, Peachyアプリ,
 * auスマートフォン, 小倉智昭キャスター): the tagger reads the two as one name, and the graph got an
 * organization "Googleロゴ" beside Google. The span ends before the noun, so it names the Google,
 * Peachy or 小倉智昭 it is about; a break of script (or a space) must stand before the noun, so a
 * katakana word that merely ends like one (サムネイル, アントワネット) keeps its length.
 */
export function withoutGenericTails(text: string, candidates: Candidate[], tails: ReadonlySet<string> = jaGenericTails()): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const end = isBacked(c) ? c.end : endBeforeTails(text, c.start, c.end, tails);
    if (end === c.end) out.push(c);
    else if (end > c.start) out.push({ ...c, end });
  }
  return out;
}
