/**
 * Possessives in English person spans. The tagger and the name rules read a capitalized run, and
 * a possessive or a contraction before a name joins it ("Civic Party's Jeremy Tam", "There's Jeff
 * Drake") or ends it ("O'Reilly's latest tome"): the graph got persons named "Party's Jeremy Tam"
 * and "O'Reilly's". A person's name holds no 's, so the span starts after the last one inside it and
 * ends before a final one. Organizations keep theirs (McDonald's, Macy's).
 */
import { isBacked, type Candidate } from '../candidate.js';

const INNER = /['’]s\s+/g;

export function withoutPossessives(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'person' || isBacked(c)) {
      out.push(c);
      continue;
    }
    const span = text.slice(c.start, c.end);
    let start = c.start;
    let end = c.end;
    for (const m of span.matchAll(INNER)) start = c.start + m.index + m[0].length;
    if (end - start > 2 && /['’]s$/.test(text.slice(start, end))) end -= 2;
    if (start === c.start && end === c.end) out.push(c);
    else if (end > start && /\p{Lu}/u.test(text[start]!)) out.push({ ...c, start, end });
  }
  return out;
}
