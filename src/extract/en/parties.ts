/**
 * Parties named by their adjective: "a Liberal member", "the Labor MP", "a Liberal-Labour
 * candidate", "the Labor or Liberal parties". The adjective names the party (an organization)
 * when a word for its members, candidates or bodies follows; alone (a liberal view, Republican
 * anthem) it names nothing.
 */
import type { Gazetteer } from '../gazetteer/build.js';
import { TIER } from '../candidate.js';
import type { EnglishCandidate } from './candidates.js';

const PARTY_WORDS = 'Liberal|Labor|Labour|Conservative|Republican|Democratic|Democrat|Tory|Socialist|Communist|Green|Progressive|Unionist|Nationalist|Whig|Federalist|Reform|Populist';
/** Words for a party's members and bodies: what makes the adjective a party. */
const MEMBER_WORDS = 'member|members|MP|MPs|MPP|MPPs|MLA|MLAs|MEP|MEPs|candidate|candidates|caucus|parties|senator|senators|congressman|congresswoman|backbencher|backbenchers|frontbencher|nominee|nomination|primary|primaries|leadership|whip|lawmaker|lawmakers|legislator|legislators|incumbent|challenger';
/** The adjective (Liberal-Labour as one), and optionally "or"/"and" another before the shared noun (the Labor or Liberal parties). */
const PARTY = new RegExp(`\\b((?:${PARTY_WORDS})(?:-(?:${PARTY_WORDS}))*)(?: (?:or|and) ((?:${PARTY_WORDS})(?:-(?:${PARTY_WORDS}))*))? (?:${MEMBER_WORDS})\\b`, 'g');

export function partyAdjectives(text: string, offset: number, gazetteer: Gazetteer): EnglishCandidate[] {
  const out: EnglishCandidate[] = [];
  for (const m of text.matchAll(PARTY)) {
    const spans: Array<[number, string]> = [[m.index, m[1]!]];
    if (m[2] !== undefined) spans.push([m.index + m[0].indexOf(m[2], m[1]!.length), m[2]]);
    for (const [at, name] of spans) {
      // The party the gazetteers know under its full name (Republican → Republican Party).
      const known = gazetteer.lookup(`${name} Party`)?.entityIds;
      out.push({ start: offset + at, end: offset + at + name.length, kind: 'organization', tier: TIER.rule, rule: 'party-adjective', ...(known ? { entityIds: known } : {}) });
    }
  }
  return out;
}
