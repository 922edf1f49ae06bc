/**
 * Writes extracted articles to Neo4j: one managed write transaction per batch (the driver retries
 * transient errors such as deadlocks), every statement an UNWIND over rows sorted by key so that
 * concurrent batches take locks on hot entities in the same order.
 *
 * Idempotent and incremental: an article whose contentHash is already stored is skipped; a changed
 * one first loses what its old version said (mentions from it and its comments, citations, removed
 * comments); its co-occurrence contribution moves by exact counter deltas (old entity set → new
 * one) and its role contributions by the roles' `articles` lists.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Article, ArticleExtraction, EntityKind } from '../src/types.js';
import { ENTITY_KINDS } from '../src/types.js';
import {
  articleRows,
  cooccurrenceDeltas,
  roleUpdateRows,
  sortedUnique,
  type ArticleRows,
  type CooccurrenceDelta,
  type EntityRow,
} from './rows.js';
import * as Q from './write-cypher.js';

export interface ExtractedArticle {
  article: Article;
  extraction: ArticleExtraction;
}

export interface WriteOptions {
  database?: string;
  /** Rewrite articles even when their stored contentHash matches. */
  force?: boolean;
  /** Largest number of rows sent with one statement. */
  statementRows?: number;
  /** When given, milliseconds spent per statement are added here (the benchmark reports them). */
  timings?: Map<string, number>;
  /** When given, every statement runs under PROFILE and its plan is handed here (scripts/profile-write.ts). */
  profile?: (statement: string, plan: unknown) => void;
}

export interface WriteResult {
  /** Articles written (new or changed). */
  written: number;
  /** Articles skipped because the graph already holds exactly this version. */
  unchanged: number;
  comments: number;
  /** MENTIONS occurrences written (sum of counts), from articles and comments. */
  mentions: number;
  entityIds: string[];
}

interface StoredState {
  id: string;
  contentHash: string | null;
  entityIds: string[];
  commentIds: string[];
  roles: Array<{ personId: string; ofId: string }>;
  sourceIds: string[];
  relatedIds: string[];
}

const DEFAULT_STATEMENT_ROWS = 20_000;
/** The timings entry for the commit: from the last statement's answer to executeWrite's. */
export const COMMIT = 'commit';

const NAMES = new Map<string, string>();
for (const [name, q] of Object.entries(Q)) if (typeof q === 'string') NAMES.set(q, name);
for (const [kind, q] of Object.entries(Q.MERGE_ENTITIES)) NAMES.set(q, `MERGE_ENTITIES.${kind}`);

async function run(tx: ManagedTransaction, query: string, rows: readonly unknown[], size: number, key: 'rows' | 'ids', timings: Map<string, number> | undefined, profile?: WriteOptions['profile']): Promise<void> {
  const started = timings ? performance.now() : 0;
  for (let i = 0; i < rows.length; i += size) {
    if (!profile) await tx.run(query, { [key]: rows.slice(i, i + size) });
    else profile(NAMES.get(query) ?? 'other', (await tx.run(`PROFILE ${query}`, { [key]: rows.slice(i, i + size) })).summary.profile);
  }
  if (timings && rows.length > 0) {
    const name = NAMES.get(query) ?? 'other';
    timings.set(name, (timings.get(name) ?? 0) + performance.now() - started);
  }
}

async function timed<T>(timings: Map<string, number> | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (!timings) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings.set(name, (timings.get(name) ?? 0) + performance.now() - started);
  }
}

/** One row per entity for the batch: names from whichever article knows them, aliases united. */
export function mergeEntityRows(all: readonly ArticleRows[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const rows of all) {
    for (const e of rows.entities) {
      const seen = byId.get(e.id);
      byId.set(
        e.id,
        seen
          ? {
              ...seen,
              nameEn: seen.nameEn ?? e.nameEn,
              nameJa: seen.nameJa ?? e.nameJa,
              aliases: sortedUnique([...seen.aliases, ...e.aliases]),
            }
          : e,
      );
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Co-occurrence deltas (sorted by a, b) grouped per smaller entity, as UPDATE_COOCCURRENCE takes them. */
export function groupByFirst(rows: readonly CooccurrenceDelta[]): Array<{ a: string; pairs: Array<{ b: string; delta: number }> }> {
  const groups: Array<{ a: string; pairs: Array<{ b: string; delta: number }> }> = [];
  for (const { a, b, delta } of rows) {
    const last = groups.at(-1);
    if (last?.a === a) last.pairs.push({ b, delta });
    else groups.push({ a, pairs: [{ b, delta }] });
  }
  return groups;
}

/** The stored contentHash of each id that the graph holds. */
export async function storedHashes(driver: Driver, ids: readonly string[], database?: string): Promise<Map<string, string | null>> {
  const { records } = await driver.executeQuery(Q.READ_CONTENT_HASHES, { ids }, { database, routing: 'READ' });
  return new Map(records.map((r) => [r.get('id') as string, r.get('contentHash') as string | null]));
}

export async function writeArticles(driver: Driver, items: readonly ExtractedArticle[], options: WriteOptions = {}): Promise<WriteResult> {
  const size = options.statementRows ?? DEFAULT_STATEMENT_ROWS;
  // The last version of an id wins when a batch holds it twice.
  const unique = [...new Map(items.map((item) => [item.article.id, item] as const)).values()];
  const all = unique.map(({ article, extraction }) => articleRows(article, extraction));
  const ids = all.map((r) => r.article.id).sort();
  // The pair deltas if every article is new (most batches of an ingest), computed before the
  // transaction opens: ~33,000 pairs for 200 articles are tens to hundreds of milliseconds of work
  // that would otherwise hold the batch's locks.
  const deltasIfAllNew = cooccurrenceDeltas(all.map((rows) => ({ before: [], after: rows.mentionedEntityIds })));

  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  // When the last statement of the (last) attempt returned: what follows until executeWrite resolves is the commit.
  let statementsDone = 0;
  try {
    const written = await timed(options.timings, 'transaction (total, with commit and retries)', () => session.executeWrite(async (tx) => {
      const exec = (query: string, rows: readonly unknown[], key: 'rows' | 'ids' = 'rows') => run(tx, query, rows, size, key, options.timings, options.profile);
      const locked = await timed(options.timings, 'LOCK_ARTICLES', () => tx.run(Q.LOCK_ARTICLES, { ids }));
      const hashes = new Map(locked.records.map((r) => [r.get('id') as string, r.get('contentHash') as string | null]));
      const changed = all
        .filter((rows) => options.force || hashes.get(rows.article.id) !== rows.article.contentHash)
        .sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
      const result: WriteResult = { written: changed.length, unchanged: all.length - changed.length, comments: 0, mentions: 0, entityIds: [] };
      if (changed.length === 0) return result;
      // Only articles written before hold anything to replace; new ones (most of an ingest) skip the read.
      const rewritten = changed.map((rows) => rows.article.id).filter((id) => (hashes.get(id) ?? null) !== null);
      const stored = new Map<string, StoredState>();
      if (rewritten.length > 0) {
        const state = await timed(options.timings, 'READ_ARTICLE_STATE', () => tx.run(Q.READ_ARTICLE_STATE, { ids: rewritten }));
        for (const r of state.records) stored.set(r.get('id') as string, r.toObject() as StoredState);
      }

      const before = changed.map((rows) => stored.get(rows.article.id)).filter((s): s is StoredState => s !== undefined);
      await exec(Q.CLEAR_ARTICLE_FACTS, before.map((s) => s.id), 'ids');
      const keptComments = new Set(changed.flatMap((rows) => rows.comments.map((c) => c.id)));
      const removedComments = sortedUnique(before.flatMap((s) => s.commentIds).filter((id) => !keptComments.has(id)));
      await exec(Q.DELETE_COMMENTS, removedComments, 'ids');

      await exec(Q.MERGE_ARTICLES, changed.map((rows) => rows.article));
      const entities = mergeEntityRows(changed);
      for (const kind of ENTITY_KINDS) {
        await exec(Q.MERGE_ENTITIES[kind as EntityKind], entities.filter((e) => e.kind === kind));
      }
      const comments = changed.flatMap((rows) => rows.comments).sort((a, b) => (a.id < b.id ? -1 : 1));
      await exec(Q.MERGE_COMMENTS, comments);
      const commentIds = new Set(comments.map((c) => c.id));
      await exec(Q.MERGE_REPLIES, comments.filter((c) => c.parentId !== null && commentIds.has(c.parentId)));

      await exec(Q.CREATE_ARTICLE_MENTIONS, changed.flatMap((rows) => rows.articleMentions));
      // A page may repeat a comment id: one MENTIONS per (comment, entity), the last row winning as MERGE + SET did.
      const commentMentions = [...new Map(changed.flatMap((rows) => rows.commentMentions).map((m) => [`${m.from}\u0000${m.entityId}`, m] as const)).values()];
      await exec(Q.CREATE_COMMENT_MENTIONS, commentMentions);
      await exec(Q.MERGE_CITES, changed.flatMap((rows) => rows.cites));
      await exec(Q.MERGE_PUBLISHED_BY, changed.flatMap((rows) => rows.publishedBy));
      await exec(Q.MERGE_RELATED, changed.flatMap((rows) => rows.related));
      const locatedIn = [...new Map(changed.flatMap((rows) => rows.locatedIn).map((r) => [r.locationId, r] as const)).values()];
      await exec(Q.MERGE_LOCATED_IN, locatedIn.sort((a, b) => (a.locationId < b.locationId ? -1 : 1)));

      const allNew = changed.length === all.length && stored.size === 0;
      const cooccurrence = allNew
        ? deltasIfAllNew
        : cooccurrenceDeltas(changed.map((rows) => ({ before: stored.get(rows.article.id)?.entityIds ?? [], after: rows.mentionedEntityIds })));
      await exec(Q.UPDATE_COOCCURRENCE, groupByFirst(cooccurrence.filter((r) => r.delta > 0)));
      await exec(Q.LOWER_COOCCURRENCE, groupByFirst(cooccurrence.filter((r) => r.delta < 0)));
      const roles = roleUpdateRows(changed.map((rows) => ({ articleId: rows.article.id, before: stored.get(rows.article.id)?.roles ?? [], after: rows.roles })));
      await exec(Q.UPDATE_ROLES, roles);
      await exec(Q.REFRESH_ROLE_DATES, roles.filter((r) => r.add.length > 0 || r.remove.length > 0));

      await exec(Q.DELETE_ORPHAN_ENTITIES, sortedUnique(before.flatMap((s) => [...s.entityIds, ...s.sourceIds])), 'ids');
      await exec(Q.DELETE_ORPHAN_STUBS, sortedUnique(before.flatMap((s) => s.relatedIds)), 'ids');

      result.comments = comments.length;
      result.mentions = [...changed.flatMap((rows) => rows.articleMentions), ...commentMentions].reduce((m, r) => m + r.count, 0);
      result.entityIds = entities.map((e) => e.id);
      statementsDone = performance.now();
      return result;
    }));
    if (options.timings && statementsDone > 0) options.timings.set(COMMIT, (options.timings.get(COMMIT) ?? 0) + performance.now() - statementsDone);
    return written;
  } finally {
    await session.close();
  }
}
