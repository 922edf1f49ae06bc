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

let words: ReadonlySet<string> | null = null;

/** The list, read once per process. */
export function jaCommonWords(): ReadonlySet<string> {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../../data/gazetteers/ja-common-words.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words;
}

export function withoutCommonWords(text: string, candidates: Candidate[], common: ReadonlySet<string> = jaCommonWords()): Candidate[] {
  return candidates.filter((c) => isBacked(c) || c.kind === 'country' || !common.has(text.slice(c.start, c.end)));
}
