/** What every reader returns: the articles it could read and, beside them, what it could not. */
import type { Article } from '../src/types.js';

export type InputFormat = 'page' | 'html' | 'jsonl' | 'json' | 'rss' | 'atom';

export const INPUT_FORMATS: readonly InputFormat[] = ['page', 'html', 'jsonl', 'json', 'rss', 'atom'];

/** One input (a file, or one line of it) that could not be read, or was read only in part. */
export interface Rejection {
  input: string;
  /** 1-based line in the input, when the problem has one. */
  line: number | null;
  reason: string;
  /** What to do about it. */
  hint: string | null;
}

export interface DocumentResult {
  articles: Article[];
  rejected: Rejection[];
}

export function reject(input: string, reason: string, hint: string | null = null, line: number | null = null): Rejection {
  return { input, line, reason, hint };
}
