import { describe, expect, it } from 'vitest';
import { selectCandidates, TIER, type Candidate } from '../../../src/extract/candidate.js';

const c = (start: number, end: number, kind: Candidate['kind'], tier: number, entityIds?: string[]): Candidate =>
  entityIds ? { start, end, kind, tier, entityIds } : { start, end, kind, tier };
const brief = (cs: Candidate[]) => cs.map((x) => `${x.start}-${x.end} ${x.kind} ${x.tier}${x.entityIds ? ` ${x.entityIds.join(',')}` : ''}`);

describe('selectCandidates: who wins an overlap', () => {
  it.each<[string, Candidate[], string[]]>([
    ['the tagger beats a weak rule span it crosses', [c(0, 3, 'organization', TIER.rule), c(1, 5, 'person', TIER.tagger)], [`1-5 person ${TIER.tagger}`]],
    ['the tagger beats an IPADIC span', [c(0, 2, 'person', TIER.ipadic), c(0, 4, 'organization', TIER.tagger)], [`0-4 organization ${TIER.tagger}`]],
    ['a title rule beats the tagger', [c(0, 4, 'person', TIER.title), c(0, 6, 'organization', TIER.tagger)], [`0-4 person ${TIER.title}`]],
    ['a gazetteer hit beats the tagger', [c(0, 2, 'organization', TIER.gazetteer, ['org:nato']), c(0, 3, 'location', TIER.tagger)], [`0-2 organization ${TIER.gazetteer} org:nato`]],
    [
      'same span, same broad type: the rule that knows the country stands (米 in 米側)',
      [c(0, 1, 'country', TIER.rule, ['country:US']), c(0, 1, 'location', TIER.tagger)],
      [`0-1 country ${TIER.rule} country:US`],
    ],
    ['same span, other type: the tagger wins', [c(0, 3, 'location', TIER.rule), c(0, 3, 'person', TIER.tagger)], [`0-3 person ${TIER.tagger}`]],
    [
      'a country inside an organization stays nested',
      [c(0, 2, 'organization', TIER.rule), c(0, 1, 'country', TIER.rule, ['country:US'])],
      [`0-2 organization ${TIER.rule}`, `0-1 country ${TIER.rule} country:US`],
    ],
    [
      'a place inside a longer place stays nested (カブール in カブール空港)',
      [c(0, 4, 'location', TIER.gazetteer, ['location:kabul']), c(0, 6, 'location', TIER.tagger)],
      [`0-6 location ${TIER.tagger}`, `0-4 location ${TIER.gazetteer} location:kabul`],
    ],
    [
      'a place inside a longer name of the same place does not nest (岩手 in 岩手県)',
      [c(0, 2, 'location', TIER.gazetteer, ['location:iwate']), c(0, 3, 'location', TIER.gazetteer, ['location:iwate'])],
      [`0-3 location ${TIER.gazetteer} location:iwate`],
    ],
    [
      'a place inside an organization stays nested (札幌 in 札幌市役所)',
      [c(0, 2, 'location', TIER.gazetteer, ['location:sapporo']), c(0, 5, 'organization', TIER.tagger)],
      [`0-5 organization ${TIER.tagger}`, `0-2 location ${TIER.gazetteer} location:sapporo`],
    ],
    [
      'a known organization inside a longer one the tagger found stays nested (国連 in 国連軍)',
      [c(0, 2, 'organization', TIER.gazetteer, ['org:un']), c(0, 3, 'organization', TIER.tagger)],
      [`0-3 organization ${TIER.tagger}`, `0-2 organization ${TIER.gazetteer} org:un`],
    ],
    [
      'an organization inside a longer rule organization does not nest',
      [c(0, 2, 'organization', TIER.gazetteer, ['org:un']), c(0, 3, 'organization', TIER.rule)],
      [`0-2 organization ${TIER.gazetteer} org:un`],
    ],
    [
      'a known organization at the head of a name plus an organization word stays nested (ソフトバンク in ソフトバンク株式会社)',
      [c(0, 6, 'organization', TIER.gazetteer, ['org:softbank']), { ...c(0, 10, 'organization', TIER.rule), namePlusSuffix: true }],
      [`0-10 organization ${TIER.rule}`, `0-6 organization ${TIER.gazetteer} org:softbank`],
    ],
    [
      'an unknown organization inside the tagger\'s does not nest',
      [c(0, 2, 'organization', TIER.rule), c(0, 3, 'organization', TIER.tagger)],
      [`0-3 organization ${TIER.tagger}`],
    ],
    ['a person inside a place does not nest', [c(0, 3, 'person', TIER.title), c(0, 5, 'location', TIER.tagger)], [`0-3 person ${TIER.title}`]],
    ['disjoint spans all stay', [c(0, 2, 'person', TIER.tagger), c(3, 5, 'location', TIER.ipadic)], [`0-2 person ${TIER.tagger}`, `3-5 location ${TIER.ipadic}`]],
  ])('%s', (_name, input, expected) => {
    expect(brief(selectCandidates(input))).toEqual(expected);
  });
});
