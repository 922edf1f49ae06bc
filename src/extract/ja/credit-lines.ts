/**
 * Photo credits name no one the article is about: "＜Photo＞(c)Paylessimages,Inc.All Right
 * Reserved." closes 43 livedoor articles, and the tagger read "Paylessimages,Inc.All" as an
 * organization there. A copyright notice (©, (c) or Copyright, up to "All Right(s) Reserved") is
 * page furniture like a link; any candidate overlapping one is dropped.
 */
import type { Candidate } from '../candidate.js';

const NOTICE = /(?:©|\(c\)|Copyright)[^\n]{0,80}?All\s*Rights?\s+Reserved\.?/gi;

/** The stretches of `text` that are copyright notices, as [start, end) pairs. */
export function creditLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!/reserved/i.test(text)) return out;
  NOTICE.lastIndex = 0;
  for (let m = NOTICE.exec(text); m; m = NOTICE.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function withoutCreditLines(text: string, candidates: Candidate[]): Candidate[] {
  const spans = creditLines(text);
  if (spans.length === 0) return candidates;
  return candidates.filter((c) => !spans.some(([s, e]) => c.start < e && s < c.end));
}
