import { beforeAll, describe, expect, it } from 'vitest';
import { TIER, type Candidate } from '../../../src/extract/candidate.js';
import { loadGazetteer } from '../../../src/extract/gazetteer/load.js';
import { wordClassifier, type TaggedSpan } from '../../../src/extract/index.js';
import { japaneseCandidates } from '../../../src/extract/ja/candidates.js';
import { loadJaTokenizer } from '../../../src/extract/ja/tokenizer.js';
import { positionTokens } from '../../../src/extract/ja/tokens.js';
import { fold } from '../../../src/extract/text/scripts.js';
import { withTaggerSupport } from '../../../src/extract/ja/tagger-support.js';

const c = (start: number, end: number, kind: Candidate['kind'], tier: number, entityIds?: string[]): Candidate =>
  entityIds ? { start, end, kind, tier, entityIds } : { start, end, kind, tier };
const t = (start: number, end: number, type: TaggedSpan['type']): TaggedSpan => ({ start, end, type });

// 熊田 0-2, 東京 3-5, 阪神 6-8 (inside 阪神淡路), 統一教会 11-15, 日 16, 米 17, NATO 18-22.
const TEXT = '熊田は東京の阪神淡路と統一教会の日米NATO';

describe('withTaggerSupport: weak candidates need a character the tagger marks', () => {
  it.each<[string, Candidate, TaggedSpan[], boolean]>([
    ['an IPADIC place the tagger leaves unmarked goes', c(3, 5, 'location', TIER.ipadic), [], false],
    ['an IPADIC organization glued into a longer word goes (阪神 of 阪神淡路)', c(6, 8, 'organization', TIER.ipadic), [], false],
    ['an IPADIC organization standing as a word of its own stays', c(11, 15, 'organization', TIER.ipadic), [], true],
    ['a rule span the tagger leaves unmarked goes', c(0, 2, 'person', TIER.rule), [t(11, 15, 'organization')], false],
    ['an IPADIC span with one marked character stays (settling decides the span)', c(3, 5, 'location', TIER.ipadic), [t(4, 5, 'location')], true],
    ['a marked span of another type still supports', c(0, 2, 'person', TIER.ipadic), [t(0, 2, 'location')], true],
    ['a rule span that knows its entity stays (米 in 日米)', c(17, 18, 'country', TIER.rule, ['country:US']), [], true],
    ['a title rule stays', c(0, 2, 'person', TIER.title), [], true],
    ['a rule span that stands alone stays (a dotted name opening with a known given name)', { ...c(0, 2, 'person', TIER.rule), standsAlone: true }, [], true],
    ['a gazetteer hit stays', c(3, 5, 'location', TIER.gazetteer, ['location:tokyo']), [], true],
    ['a Latin run (the English side) stays', c(18, 22, 'organization', TIER.compromise), [], true],
  ])('%s', (_name, candidate, tagged, kept) => {
    expect(withTaggerSupport(TEXT, [candidate], tagged)).toEqual(kept ? [candidate] : []);
  });
});

describe('dotted names that stand without the tagger', () => {
  let candidatesOf: (text: string) => Candidate[];
  beforeAll(async () => {
    const [gazetteer, tokenizer] = await Promise.all([loadGazetteer(), loadJaTokenizer()]);
    const wordClass = wordClassifier(tokenizer);
    candidatesOf = (text) => {
      const tokens = positionTokens(text, tokenizer.tokenize(text));
      return japaneseCandidates({ text, tokens, gazetteer, gazetteerMatches: gazetteer.scanFrom(text, fold(text), tokens.map((t) => t.start)), wordClass });
    };
  }, 60_000);

  it.each<[string, string, boolean]>([
    ['ロバート・ミッチャムが出演した。', 'ロバート・ミッチャム', true],
    ['リック・ニールセンが弾いた。', 'リック・ニールセン', true],
    ['ゼベダヨ・バヨが来た。', 'ゼベダヨ・バヨ', false],
  ])('%s', (text, name, standsAlone) => {
    const found = candidatesOf(text).find((x) => text.slice(x.start, x.end) === name && x.kind === 'person');
    expect(found).toBeDefined();
    expect(found!.standsAlone === true).toBe(standsAlone);
  });
});
