/**
 * Photo credits name no one the article is about: "＜Photo＞(c)Paylessimages,Inc.All Right
 * Reserved." closes 43 livedoor articles, and the tagger read "Paylessimages,Inc.All" as an
 * organization there. A copyright notice (©, (c) or Copyright, up to "All Right(s) Reserved") is
 * page furniture like a link; any candidate overlapping one is dropped.
 */
import { withoutOverlapping, type Candidate } from '../candidate.js';
import { regexSpans } from '../text/spans.js';

const NOTICE = /(?:©|\(c\)|Copyright)[^\n]{0,80}?All\s*Rights?\s+Reserved\.?/gi;

/** The stretches of `text` that are copyright notices, as [start, end) pairs. */
export function creditLines(text: string): Array<[number, number]> {
  return /reserved/i.test(text) ? regexSpans(NOTICE, text) : [];
}

export function withoutCreditLines(text: string, candidates: Candidate[]): Candidate[] {
  return withoutOverlapping(candidates, creditLines(text));
}
