/**
 * A name followed by what it is: "Bilka is a Danish chain of hypermarkets", "Crazyhead are an
 * English punk rock band", "Brensbach, a municipality in Hesse". The noun after the copula or
 * the appositive comma says the kind, whatever compromise made of the name.
 */
import type { EntityKind } from '../../types.js';
import { TIER } from '../candidate.js';
import type { EnglishCandidate, Word } from './candidates.js';

/** Nouns that say what a name is, with the kind they give. */
const CATEGORIES = new Map<string, EntityKind>([
  ...'village town city municipality commune suburb hamlet parish borough township settlement locality neighbourhood neighborhood island river lake mountain'
    .split(' ')
    .map((w): [string, EntityKind] => [w, 'location']),
  ...'band company firm label manufacturer maker chain retailer club party organization organisation agency newspaper magazine broadcaster airline charity brand publisher developer'
    .split(' ')
    .map((w): [string, EntityKind] => [w, 'organization']),
]);
/** Words that may follow the category noun: it ends the description there (a chain of…, a band from…). */
const AFTER_CATEGORY = new Set('of in from based that which who located founded formed with on near and since known whose where for'.split(' '));
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Tags that make a capitalized word no name: dates, pronouns, function words. */
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Pronoun', 'Value', 'Verb', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Honorific'];

const capitalized = (w: Word): boolean => /^\p{Lu}/u.test(w.text);

/** The kind the description starting at word k ("a small village", "an English punk rock band") gives, or null. */
function describedKind(words: Word[], k: number, to: number): EntityKind | null {
  if (k >= to || !/^(a|an)$/.test(words[k]!.lower) || words[k]!.breakAfter) return null;
  for (let j = k + 1; j < Math.min(to, k + 7); j++) {
    const w = words[j]!;
    const kind = CATEGORIES.get(w.lower);
    if (kind !== undefined && !capitalized(w)) {
      const next = words[j + 1];
      return w.breakAfter || j + 1 >= to || (next !== undefined && AFTER_CATEGORY.has(next.lower)) ? kind : null;
    }
    // Modifiers: lower-case words, numbers, a nationality, "/" (punk rock / garage band).
    if (w.breakAfter && w.text !== '/') return null;
    if (capitalized(w) && !w.tags.has('Demonym') && !w.tags.has('Adjective') && !/^(English|Danish|Dutch|French|German|Irish|Scottish|Welsh|Spanish|Swedish|Polish|Brazilian)$/.test(w.text)) return null;
  }
  return null;
}

/**
 * The capitalized run ending at word e (inclusive), about five words, not a date or a pronoun
 * ("Yesterday, a company…"), without a leading "The".
 */
function subjectStart(words: Word[], from: number, e: number, lexicon: Record<string, unknown>): number {
  let s = e;
  while (s > from && e - s < 5 && !words[s - 1]!.breakAfter) {
    const prev = words[s - 1]!;
    if (capitalized(prev)) s--;
    // "League of Rights", "Procter & Gamble": a small word between capitals.
    else if (/^(of|&|de)$/.test(prev.text) && s - 1 > from && capitalized(words[s - 2]!) && !words[s - 2]!.breakAfter) s -= 2;
    else break;
  }
  if (words[s]!.text === 'The' && s < e) s++;
  for (let i = s; i <= e; i++) {
    const w = words[i]!;
    if ((!capitalized(w) && !/^(of|&|de)$/.test(w.text)) || NOT_NAME_TAGS.some((t) => w.tags.has(t) && capitalized(w))) return -1;
    // A known common word opening a sentence ("However", "Today") is no name; an unknown one is.
    if (i === from && !w.tags.has('ProperNoun') && lexicon[w.lower] !== undefined) return -1;
  }
  return s;
}

export function definedNames(text: string, offset: number, words: Word[], sentences: Array<[number, number]>, lexicon: Record<string, unknown>): EnglishCandidate[] {
  const out: EnglishCandidate[] = [];
  for (const [from, to] of sentences) {
    for (let p = from + 1; p < to; p++) {
      const word = words[p]!.lower;
      let e = p - 1;
      let kind: EntityKind | null = null;
      if (COPULAS.has(word)) {
        // "X is a …"
        if (!words[e]!.breakAfter) kind = describedKind(words, p + 1, to);
      } else if (word === 'a' || word === 'an') {
        // "X, a …": the comma glued to the name or a term of its own.
        if (words[e]!.text === ',' && e > from) e--;
        if (/^\s*,\s*$/.test(text.slice(words[e]!.end - offset, words[p]!.start - offset))) kind = describedKind(words, p, to);
      }
      if (kind === null || !capitalized(words[e]!)) continue;
      const s = subjectStart(words, from, e, lexicon);
      if (s < 0) continue;
      out.push({ start: words[s]!.start, end: words[e]!.end, kind, tier: TIER.rule, rule: 'defined' });
    }
  }
  return out;
}
