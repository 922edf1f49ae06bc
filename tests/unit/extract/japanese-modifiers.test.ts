import { describe, expect, it } from 'vitest';
import { TIER, type Candidate } from '../../../src/extract/candidate.js';
import type { TaggedSpan } from '../../../src/extract/index.js';
import { withoutUntaggedModifiers } from '../../../src/extract/ja/modifiers.js';

/** A candidate over the first occurrence of `surface` in `text`. */
function at(text: string, surface: string, kind: Candidate['kind'], tier: number = TIER.gazetteer): Candidate {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, kind, tier };
}

const surfaces = (text: string, cs: Candidate[]) => cs.map((c) => text.slice(c.start, c.end));

describe('places used as modifiers inside a longer word', () => {
  const cases: Array<{ why: string; text: string; candidates: Array<[string, Candidate['kind']]>; tagged: Array<[string, TaggedSpan['type']]>; kept: string[] }> = [
    { why: 'a place glued to a noun the tagger leaves untagged is dropped', text: 'アフリカ系の歌手', candidates: [['アフリカ', 'location']], tagged: [], kept: [] },
    { why: 'the same place before a particle stays', text: 'アフリカの歌手', candidates: [['アフリカ', 'location']], tagged: [], kept: ['アフリカ'] },
    { why: 'a place the tagger marks stays, even glued', text: 'ドイツ選手権', candidates: [['ドイツ', 'country']], tagged: [['ドイツ', 'location']], kept: ['ドイツ'] },
    { why: 'a place nested in a longer rule mention stays', text: 'カブール空港に', candidates: [['カブール', 'location'], ['カブール空港', 'location']], tagged: [], kept: ['カブール', 'カブール空港'] },
    { why: 'a place before a word that still speaks of it stays (airport, north, within)', text: 'カブール空港とシリア北部', candidates: [['カブール', 'location'], ['シリア', 'country']], tagged: [], kept: ['カブール', 'シリア'] },
    { why: 'one-kanji abbreviations have their own rule', text: '日米同盟', candidates: [['日', 'country'], ['米', 'country']], tagged: [], kept: ['日', '米'] },
    { why: 'only places: an organization glued to a noun stays', text: 'NATO加盟国', candidates: [['NATO', 'organization']], tagged: [], kept: ['NATO'] },
  ];
  it.each(cases)('$why', ({ text, candidates, tagged, kept }) => {
    const cs = candidates.map(([s, kind]) => at(text, s, kind));
    const spans = tagged.map(([s, type]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type }));
    expect(surfaces(text, withoutUntaggedModifiers(text, cs, spans))).toEqual(kept);
  });
});
