/**
 * Weak Japanese candidates need the tagger's support. Measured on training text the tagger did
 * not see (scripts/analyze-ja-errors.ts, docs/eval.md), the spans that IPADIC's tags and the
 * general rules (names without titles, organization suffixes, surnames as subjects) propose where
 * the tagger marks nothing are right about one time in three or fewer (IPADIC places 0.07–0.10,
 * IPADIC organizations 0.10–0.35, rule persons 0.31–0.33): below what it takes to raise F1. So
 * when the tagger runs, such a candidate is kept only when the tagger marks at least one of its
 * characters (its type and exact span may still differ: settling decides). Candidates that know
 * their entity (米 in 日米, アルメニア軍 → the Armenian military), titles and dictionary hits
 * stand on their own, and so do Latin runs (read by the English side; the tagger knows little of
 * them). So does an organization IPADIC knows standing as a word of its own (サントリーの,
 * 講談社から, 自民党は): on the ja-stockmark training part those were right 12 times in 18 where
 * the tagger marked nothing (the pieces glued into longer names, 阪神 in 阪神淡路, were not);
 * ja-gsd, which does not count parties and religious groups as organizations, disagrees (3 in 34),
 * but ARCHITECTURE.md does count them. Not when IPADIC also knows the word as a person's name or
 * an adverbial noun (金子, 安藤, 毎日): on livedoor news those stood alone as organizations where
 * they were surnames (金子さん… 金子：) or "every day"; they still need the tagger.
 */
import { TIER, type Candidate } from '../candidate.js';
import type { TaggedSpan } from '../index.js';
import { isKanji, isKatakana, isLatinLetter } from '../text/scripts.js';

/** No kanji, kana or Latin glued on either side: a word on its own, not a piece of a longer name. */
function standalone(text: string, c: Candidate): boolean {
  const glued = (code: number) => isKanji(code) || isKatakana(code) || isLatinLetter(code);
  return !glued(text.charCodeAt(c.start - 1)) && !glued(text.charCodeAt(c.end));
}

/**
 * `otherSense(word)`: IPADIC also knows the word as something that is no organization (a surname,
 * an adverbial noun); such a word never stands alone. Absent: no word has one.
 */
export function withTaggerSupport(
  text: string,
  candidates: Candidate[],
  tagged: readonly TaggedSpan[],
  otherSense: (word: string) => boolean = () => false,
): Candidate[] {
  const marked = new Uint8Array(text.length + 1);
  for (const t of tagged) marked.fill(1, t.start, t.end);
  return candidates.filter((c) => {
    if (c.tier > TIER.rule || c.entityIds || c.standsAlone || isLatinLetter(text.charCodeAt(c.start))) return true;
    if (c.tier === TIER.ipadic && c.kind === 'organization' && standalone(text, c) && !otherSense(text.slice(c.start, c.end))) return true;
    for (let i = c.start; i < c.end; i++) if (marked[i] === 1) return true;
    return false;
  });
}
