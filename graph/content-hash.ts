/** The fingerprint stored as Article.contentHash: a re-ingest compares it to skip unchanged articles. */
import { createHash } from 'node:crypto';
import type { Article } from '../src/types.js';

/** JSON with object keys sorted, so the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Bump when the rows written for the same Article change, so a re-ingest rewrites old graphs. */
export const ROWS_VERSION = 2;

export function articleContentHash(article: Article): string {
  return `sha256:${createHash('sha256').update(`v${ROWS_VERSION}\u0000${canonicalJson(article)}`).digest('hex')}`;
}
