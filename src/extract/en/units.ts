/**
 * Numbered military units: "65 Fighter Wing", "the 82nd Airborne Division", "VI Corps", "Sixteenth
 * Air Force", "No. 18 Squadron". The number is part of the name and says it is one unit, whatever
 * compromise made of the words after it; a later bare "the 82nd" is the same unit.
 */
import type { EnglishCandidate, Word } from './candidates.js';
import { TIER } from '../candidate.js';

/** Last words of a unit's name. */
const UNIT_HEADS = new Set('army armies corps division wing command squadron regiment brigade battalion fleet force forces group infantry cavalry artillery airborne marines flotilla'.split(' '));
const ORDINAL_WORDS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth thirtieth fortieth fiftieth'.split(' '),
);
/** An ordinal in digits, as units are numbered: 82nd, 139th, 62d. Resolution joins "the 82nd" to its unit by it. */
export const DIGIT_ORDINAL = /^\d+(st|nd|rd|th|d)$/;

/** A unit's number: 65, 82nd, 62d (not a year), a Roman numeral of two letters or more, an ordinal word. */
const isUnitNumber = (w: Word): boolean =>
  /^\d{1,3}$/.test(w.text) || DIGIT_ORDINAL.test(w.text) || (/^[IVXL]{2,5}$/.test(w.text) && /^(X{0,3})(IX|IV|V?I{0,3})$/.test(w.text)) || (ORDINAL_WORDS.has(w.lower) && /^[A-Z]/.test(w.text));

const capitalized = (w: Word): boolean => /^[A-Z]/.test(w.text);

export function militaryUnits(text: string, offset: number, words: Word[]): EnglishCandidate[] {
  const out: EnglishCandidate[] = [];
  const unitNumbers = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const n = words[i]!;
    if (!isUnitNumber(n) || n.breakAfter) continue;
    // Up to four capitalized words; the name ends at the last unit head among them.
    let end = -1;
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const w = words[j]!;
      if (!capitalized(w)) break;
      if (UNIT_HEADS.has(w.lower)) end = j;
      if (w.breakAfter) break;
    }
    // "the 62d NY, 93d PVI": an ordinal written in digits before an acronym names a unit by its state's initials.
    // Not after a possessive: "his 2nd MVP" counts awards.
    if (end < 0 && DIGIT_ORDINAL.test(n.text) && /^[A-Z]{2,4}$/.test(words[i + 1]!.text) && !/^(his|her|their|its|my|our|your)$/.test(words[i - 1]?.lower ?? '')) end = i + 1;
    if (end < 0) continue;
    // "No. 18 Squadron": compromise ends a sentence after "No.", the name starts there.
    const before = text.slice(Math.max(0, n.start - offset - 4), n.start - offset);
    const start = /^\d/.test(n.text) && /No\.\s$/.test(before) ? n.start - before.length + before.indexOf('No.') : n.start;
    out.push({ start, end: words[end]!.end, kind: 'organization', tier: TIER.rule, rule: 'unit' });
    if (/^\d/.test(n.text)) unitNumbers.add(n.text);
    i = end;
  }
  if (unitNumbers.size === 0) return out;
  // "the 139th" after "the 139th Pennsylvania Infantry": the same unit.
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!unitNumbers.has(w.text) || words[i - 1]!.lower !== 'the' || !/\D$/.test(w.text)) continue;
    const next = words[i + 1];
    if (next !== undefined && !w.breakAfter && capitalized(next)) continue;
    out.push({ start: w.start, end: w.end, kind: 'organization', tier: TIER.rule, rule: 'unit-again' });
  }
  return out;
}
