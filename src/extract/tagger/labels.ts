/**
 * BIO labels over tokens for the three scored entity types, and the conversions between token
 * labels and character spans.
 */

export type TagType = 'person' | 'location' | 'organization';

export const TAG_TYPES: readonly TagType[] = ['person', 'location', 'organization'];

/** 0 = O; then B and I for each type in TAG_TYPES order: 1 B-person, 2 I-person, 3 B-location… */
export const LABEL_COUNT = 1 + 2 * TAG_TYPES.length;

export const LABEL_NAMES: readonly string[] = ['O', ...TAG_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

export interface TaggedSpan {
  start: number;
  end: number;
  type: TagType;
}

export const beginLabel = (typeIndex: number): number => 1 + 2 * typeIndex;
export const isInside = (label: number): boolean => label > 0 && label % 2 === 0;
export const typeOfLabel = (label: number): number => (label - 1) >> 1;

/** An I-x label may only follow B-x or I-x; everything else may follow anything. */
export function allowedAfter(previous: number, label: number): boolean {
  if (!isInside(label)) return true;
  return previous > 0 && typeOfLabel(previous) === typeOfLabel(label);
}

/**
 * Token labels for gold spans. A token lies in a span only when it lies wholly inside it; the few
 * spans that start or end inside a token keep only their whole tokens.
 */
export function labelsFromSpans(
  tokenStarts: ArrayLike<number>,
  tokenEnds: ArrayLike<number>,
  spans: readonly TaggedSpan[],
): Uint8Array {
  const labels = new Uint8Array(tokenStarts.length);
  for (const span of spans) {
    const typeIndex = TAG_TYPES.indexOf(span.type);
    if (typeIndex < 0) continue;
    let first = true;
    for (let i = 0; i < tokenStarts.length; i++) {
      if (tokenStarts[i]! >= span.start && tokenEnds[i]! <= span.end && tokenStarts[i]! < tokenEnds[i]!) {
        labels[i] = first ? beginLabel(typeIndex) : beginLabel(typeIndex) + 1;
        first = false;
      }
    }
  }
  return labels;
}

/** Character spans from token labels; a stray I-x (not after B-x) starts a span of its own. */
export function spansFromLabels(
  labels: ArrayLike<number>,
  tokenStarts: ArrayLike<number>,
  tokenEnds: ArrayLike<number>,
): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label === 0) {
      open = null;
      continue;
    }
    const type = TAG_TYPES[typeOfLabel(label)]!;
    if (isInside(label) && open !== null && open.type === type) {
      open.end = tokenEnds[i]!;
      continue;
    }
    open = { start: tokenStarts[i]!, end: tokenEnds[i]!, type };
    spans.push(open);
  }
  return spans;
}
