/**
 * Cuts the sentence around a mention span out of an article body or a comment, so the explorer
 * can show the exact words that mention an entity. Pure: strings in, offsets out.
 */

export interface Cut {
  /** The sentence (or a window of it when it is very long), trimmed. */
  text: string;
  /** [start, end) offsets of each span inside `text`, in text order. */
  highlights: Array<[number, number]>;
  /** Where `text` starts in the source text. */
  offset: number;
}

/** Always end a sentence (Japanese and full-width marks, plus ! and ?). */
const HARD_STOPS = new Set(['。', '！', '？', '!', '?', '．', '\n']);
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = new Set(['」', '』', '）', ')', '"', "'", '”', '’', '】', '〉', '》']);
/** Words that end with a period without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'prof',
  'vs', 'etc', 'no', 'inc', 'co', 'corp', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'vol',
]);

/** Sentences longer than this are shown as a window of CONTEXT characters either side of the span. */
export const MAX_SENTENCE = 320;
export const CONTEXT = 120;

/** "12-18" → [12, 18]; anything else → null. */
export function parseSpan(raw: unknown): [number, number] | null {
  if (typeof raw !== 'string') return null;
  const match = /^(\d+)-(\d+)$/.exec(raw);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? [start, end] : null;
}

/** Does a sentence end at index i (the character at i is the last one of the sentence)? */
export function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (HARD_STOPS.has(c)) return true;
  if (c !== '.') return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false; // 3.5, U.S.-led, example.com
  const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1];
  if (word === undefined) return true;
  if (word.length === 1 && word === word.toUpperCase()) return false; // initials and U.S.
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** The [start, end) of the sentence that holds text[start, end). */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = 0;
  for (let i = start - 1; i >= 0; i--) {
    if (endsSentenceAt(text, i)) {
      from = i + 1;
      while (from < start && CLOSERS.has(text[from] ?? '')) from++;
      break;
    }
  }
  let to = text.length;
  for (let j = end; j < text.length; j++) {
    if (text[j] === '\n') {
      to = j;
      break;
    }
    if (endsSentenceAt(text, j)) {
      to = j + 1;
      while (to < text.length && CLOSERS.has(text[to] ?? '')) to++;
      break;
    }
  }
  while (from < start && /\s/.test(text[from] ?? '')) from++;
  while (to > end && /\s/.test(text[to - 1] ?? '')) to--;
  return [from, to];
}

/**
 * One Cut per sentence that holds at least one valid span; spans in the same sentence share it.
 * Spans outside the text or reversed are skipped (the graph may hold a stale span).
 */
export function cutSentences(text: string, spans: ReadonlyArray<[number, number]>): Cut[] {
  const valid = spans
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= text.length)
    .slice()
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cuts: Cut[] = [];
  let current: { bounds: [number, number]; spans: Array<[number, number]> } | null = null;
  const flush = () => {
    if (current) cuts.push(windowed(text, current.bounds, current.spans));
  };
  for (const span of valid) {
    const bounds = sentenceBounds(text, span[0], span[1]);
    if (current && bounds[0] === current.bounds[0] && bounds[1] === current.bounds[1]) {
      current.spans.push(span);
    } else {
      flush();
      current = { bounds, spans: [span] };
    }
  }
  flush();
  return cuts;
}

function windowed(text: string, [from, to]: [number, number], spans: Array<[number, number]>): Cut {
  let start = from;
  let end = to;
  if (to - from > MAX_SENTENCE) {
    const first = spans[0]!;
    const last = spans[spans.length - 1]!;
    start = Math.max(from, first[0] - CONTEXT);
    end = Math.min(to, Math.max(last[1], first[1]) + CONTEXT);
  }
  const prefix = start > from ? '…' : '';
  const suffix = end < to ? '…' : '';
  const body = text.slice(start, end);
  return {
    text: prefix + body + suffix,
    highlights: spans
      .filter(([s, e]) => s >= start && e <= end)
      .map(([s, e]) => [s - start + prefix.length, e - start + prefix.length] as [number, number]),
    offset: start,
  };
}
