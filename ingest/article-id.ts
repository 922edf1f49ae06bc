/** Stable article ids: the input's own id, else the canonical URL, else a hash of the content. */
import { createHash } from 'node:crypto';

export function contentHash(...parts: Array<string | null>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return `sha256:${hash.digest('hex').slice(0, 24)}`;
}

/** Ids longer than this (a pasted body, a giant URL) become their hash: Neo4j cannot index keys of ~8 KB. */
export const MAX_ARTICLE_ID_LENGTH = 2048;

function bounded(id: string): string {
  return id.length <= MAX_ARTICLE_ID_LENGTH ? id : contentHash(id);
}

export function articleId(given: unknown, url: string | null, title: string | null, body: string): string {
  if (typeof given === 'string' && given.trim() !== '') return bounded(given.trim());
  if (typeof given === 'number' && Number.isFinite(given)) return String(given);
  if (url) return bounded(url);
  return contentHash(title, body);
}
