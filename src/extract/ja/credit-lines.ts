/**
 * Photo credits name no one the article is about: "＜Photo＞(c)Paylessimages,Inc.All Right
 * Reserved." closes 43 livedoor articles, and the tagger read "Paylessimages,Inc.All" as an
 * organization there. A copyright notice (©, (c) or Copyright, up to "All Right(s) Reserved") is
 * page furniture like a link; any candidate overlapping one is dropped. So is the role word of a
 * byline ("構成・文：村上佳代", "写真：小林友美"): the tagger read the 文 before the colon as a person
 * 31 times on livedoor, while the writer's name after it stays a person.
 */
import { withoutOverlapping, type Candidate } from '../candidate.js';
import { regexSpans } from '../text/spans.js';

const NOTICE = /(?:©|\(c\)|Copyright)[^\n]{0,80}?All\s*Rights?\s+Reserved\.?/gi;
/** A byline's role word, up to its colon; not 文 inside a word (論文：). */
const BYLINE_ROLE = /(?<![\p{sc=Han}\p{sc=Katakana}])(?:文|写真|構成|取材|撮影|イラスト|編集|監修)[：:]/gu;

/** The stretches of `text` that are copyright notices, as [start, end) pairs. */
export function creditLines(text: string): Array<[number, number]> {
  const notices = /reserved/i.test(text) ? regexSpans(NOTICE, text) : [];
  return /[：:]/.test(text) ? [...notices, ...regexSpans(BYLINE_ROLE, text)] : notices;
}

export function withoutCreditLines(text: string, candidates: Candidate[]): Candidate[] {
  return withoutOverlapping(candidates, creditLines(text));
}
