/**
 * What the transactional writer would have Neo4j refuse, found before an article goes into the bulk
 * files: the importer checks no index (the constraints are created after it), so a key too large
 * to index would only fail later, in ensureSchema, for the whole graph. And what the CSV cannot
 * carry: a list element holding the array delimiter, or a list of one empty string (which the
 * importer reads as no value). Pure; the caller rejects the article by id with the reason.
 */
import type { ArticleRows } from '../rows.js';
import { codePointLength } from './cypher-semantics.js';

/** The largest string a range index takes, in UTF-8 bytes (measured on Neo4j 5.26: 8,164 fits, 8,165 is refused). */
export const MAX_INDEX_KEY_BYTES = 8164;

/** Splits list values in the bulk CSV files (the unit separator: no text a reader yields holds it). */
export const ARRAY_DELIMITER = '\u001f';

export interface BulkRefusal {
  reason: string;
  hint: string;
}

const bytes = (value: string): number => Buffer.byteLength(value, 'utf8');

const SHORTER_IDS = 'Give the article and its comments shorter ids (each Japanese character takes 3 bytes), then load it with `newsgraph ingest` (without --bulk); the other articles were loaded.';
const SHORTER_LINK = 'Shorten or drop this related link (its URL is the id of the linked article), then load the article with `newsgraph ingest` (without --bulk); the other articles were loaded.';

function tooLarge(what: string, value: string, hint = SHORTER_IDS): BulkRefusal | null {
  // A UTF-16 code unit is at most 3 bytes: most values are decided without encoding them.
  if (value.length * 3 <= MAX_INDEX_KEY_BYTES) return null;
  const size = bytes(value);
  if (size <= MAX_INDEX_KEY_BYTES) return null;
  return {
    reason: `${what} is ${size.toLocaleString('en-US')} bytes in UTF-8, more than a Neo4j index key holds (${MAX_INDEX_KEY_BYTES.toLocaleString('en-US')})`,
    hint,
  };
}

function badList(what: string, values: readonly string[]): BulkRefusal | null {
  const hint = 'Load this article with `newsgraph ingest` (without --bulk), which stores any text; the other articles were loaded.';
  if (values.some((v) => v.includes(ARRAY_DELIMITER))) return { reason: `${what} holds the control character U+001F, which the bulk files use between list elements`, hint };
  if (values.length === 1 && values[0] === '') return { reason: `${what} is a list of one empty string, which the bulk files cannot tell from no value`, hint };
  return null;
}

/** Why this article cannot go into the bulk files (the first problem found), or null. */
export function bulkRefusal(rows: ArticleRows): BulkRefusal | null {
  const checks: Array<() => BulkRefusal | null> = [
    () => tooLarge('its id', rows.article.id),
    () => (rows.article.publishedAt === null ? null : tooLarge('its publishedAt', rows.article.publishedAt)),
    ...rows.comments.map((c) => () => tooLarge(`the key of its comment ${c.localId.slice(0, 40)}`, c.id) ?? (c.postedAt === null ? null : tooLarge(`the postedAt of its comment ${c.localId.slice(0, 40)}`, c.postedAt))),
    ...rows.entities.map((e) => () => tooLarge(`the id of the entity ${e.name.slice(0, 40)}`, e.id) ?? badList(`the aliases of the entity ${e.id.slice(0, 80)}`, e.aliases)),
    ...rows.related.map((r) => () => tooLarge('the id of a related article it links to', r.targetId, SHORTER_LINK)),
    ...[...rows.articleMentions, ...rows.commentMentions].map((m) => () => badList(`the surfaces of its mention of ${m.entityId.slice(0, 80)}`, m.surfaces) ?? badList(`the spans of its mention of ${m.entityId.slice(0, 80)}`, m.spans)),
    () => pairKeyTooLarge(rows.mentionedEntityIds),
  ];
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
}

/** The co-occurrence key of two long ids (`size(a):a + b`) may pass the limit where neither id does. */
function pairKeyTooLarge(ids: readonly string[]): BulkRefusal | null {
  for (const a of ids) {
    for (const b of ids) {
      if (!(a < b) || (a.length + b.length) * 3 + 8 <= MAX_INDEX_KEY_BYTES) continue;
      const refusal = tooLarge(`the co-occurrence key of ${a.slice(0, 40)} and ${b.slice(0, 40)}`, `${codePointLength(a)}:${a}${b}`);
      if (refusal) return refusal;
    }
  }
  return null;
}
