/** A sentence and its highlight offsets → plain and marked segments, in order. Pure. */
export interface Segment {
  text: string;
  marked: boolean;
}

export function highlightSegments(text: string, highlights: ReadonlyArray<readonly [number, number]>): Segment[] {
  const spans = highlights
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= text.length)
    .slice()
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    const from = Math.max(start, at);
    if (end <= from) continue; // overlaps the previous span
    if (from > at) segments.push({ text: text.slice(at, from), marked: false });
    segments.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
