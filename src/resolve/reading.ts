/**
 * Do a katakana name and a Latin name read the same? ジョンソン ~ Johnson, ストルテンベルグ ~
 * Stoltenberg, カービー ~ Kirby. Both sides become a consonant skeleton in one spelling, after the
 * changes Japanese makes when it borrows a name (no l/r or v/b contrast, r dropped before a
 * consonant, vowels added), and skeletons match exactly or within one edit when long enough.
 */
import levenshtein from 'talisman/metrics/levenshtein.js';
import { toRomaji } from 'wanakana';

function skeleton(latin: string): string {
  let s = latin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  s = s
    .replace(/ph/g, 'f')
    .replace(/th/g, 's')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/v/g, 'b')
    .replace(/l/g, 'r')
    .replace(/z/g, 's')
    .replace(/sh/g, 's')
    .replace(/dz|dj|j/g, 'j')
    .replace(/ts/g, 't')
    .replace(/[hwy]/g, '');
  return s.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
}

/** Latin spellings give two skeletons: with every r, and without an r that no vowel follows (Kirby → カービー). */
export function latinKeys(name: string): string[] {
  const plain = name.toLowerCase().replace(/[^a-z]/g, '');
  const a = skeleton(plain);
  const b = skeleton(plain.replace(/r(?![aeiouy])/g, ''));
  return a === b ? [a] : [a, b];
}

export function katakanaKey(name: string): string {
  return skeleton(toRomaji(name.replace(/[・＝]/g, '')));
}

/** Keys of names already seen: a document compares each name with many others. */
const kanaKeys = new Map<string, string>();
const latinKeyLists = new Map<string, string[]>();
function remembered<T>(cache: Map<string, T>, name: string, compute: (name: string) => T): T {
  let value = cache.get(name);
  if (value === undefined) {
    if (cache.size >= 20_000) cache.clear();
    value = compute(name);
    cache.set(name, value);
  }
  return value;
}

export function readingsMatch(katakana: string, latin: string): boolean {
  const k = remembered(kanaKeys, katakana, katakanaKey);
  if (k.length < 2) return false;
  for (const l of remembered(latinKeyLists, latin, latinKeys)) {
    if (l === k) return true;
    if (Math.min(l.length, k.length) >= 5 && levenshtein.limited(1, l, k) <= 1) return true;
  }
  return false;
}
