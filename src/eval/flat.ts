/**
 * The flat scoring view. The extractor keeps nested mentions on purpose (米 in 米軍, バイデン in
 * バイデン政権, カブール in カブール空港): the graph wants both. The gold sets annotate flat, one
 * mention per stretch of text, so scoring reads only the outermost mentions. What the graph gets
 * does not change.
 */

interface Span {
  start: number;
  end: number;
}

/**
 * Drops every span that lies inside a longer one. Spans of the same extent are both kept (each
 * scores against its own type). Input order does not matter; output is sorted by start.
 */
export function outermostSpans<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let coverStart = -1;
  let coverEnd = -1;
  for (const s of sorted) {
    const inside = s.start >= coverStart && s.end <= coverEnd && !(s.start === coverStart && s.end === coverEnd);
    if (inside) continue;
    out.push(s);
    if (s.end > coverEnd) {
      coverStart = s.start;
      coverEnd = s.end;
    }
  }
  return out;
}
