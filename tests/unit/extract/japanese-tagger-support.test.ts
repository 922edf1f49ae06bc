import { describe, expect, it } from 'vitest';
import { TIER, type Candidate } from '../../../src/extract/candidate.js';
import type { TaggedSpan } from '../../../src/extract/index.js';
import { withTaggerSupport } from '../../../src/extract/ja/tagger-support.js';

const c = (start: number, end: number, kind: Candidate['kind'], tier: number, entityIds?: string[]): Candidate =>
  entityIds ? { start, end, kind, tier, entityIds } : { start, end, kind, tier };
const t = (start: number, end: number, type: TaggedSpan['type']): TaggedSpan => ({ start, end, type });

//                 0123456789
const TEXT = '熊田は統一教会の日米NATO';

describe('withTaggerSupport: weak candidates need a character the tagger marks', () => {
  it.each<[string, Candidate, TaggedSpan[], boolean]>([
    ['an IPADIC span the tagger leaves unmarked goes', c(3, 7, 'organization', TIER.ipadic), [], false],
    ['a rule span the tagger leaves unmarked goes', c(0, 2, 'person', TIER.rule), [t(3, 7, 'organization')], false],
    ['an IPADIC span with one marked character stays (settling decides the span)', c(3, 7, 'organization', TIER.ipadic), [t(5, 7, 'organization')], true],
    ['a marked span of another type still supports', c(0, 2, 'person', TIER.ipadic), [t(0, 2, 'location')], true],
    ['a rule span that knows its entity stays (米 in 日米)', c(9, 10, 'country', TIER.rule, ['country:US']), [], true],
    ['a title rule stays', c(0, 2, 'person', TIER.title), [], true],
    ['a gazetteer hit stays', c(3, 7, 'organization', TIER.gazetteer, ['org:x']), [], true],
    ['a Latin run (the English side) stays', c(10, 14, 'organization', TIER.compromise), [], true],
  ])('%s', (_name, candidate, tagged, kept) => {
    expect(withTaggerSupport(TEXT, [candidate], tagged)).toEqual(kept ? [candidate] : []);
  });
});
