/**
 * The bulk load's fold: the rows of graph/rows.ts for many batches of new articles, combined the
 * way the writer's statements (graph/write-cypher.ts) combine them when those batches are written
 * one after the other into an empty graph. Pure: no I/O, so every rule is tested with tables
 * (tests/unit/graph/bulk-fold.test.ts), and the transactional path stays the reference — the
 * integration test compares the two graphs checksum for checksum.
 *
 * Memory: what only one article says (its node, comments, mentions, citations, links) goes out
 * with its batch (`addBatch` returns it, the caller streams it to disk); what many articles add to
 * stays here until `finish`: one record per entity, per role, per stub article, per LOCATED_IN
 * pair, a counter per co-occurring pair, and the content hash of each article loaded (to tell a
 * repeated article from an edited one).
 */
import { mergeEntityRows } from '../writer.js';
import {
  ENTITY_LABELS,
  cooccurrenceDeltas,
  roleUpdateRows,
  type ArticleRow,
  type ArticleRows,
  type CiteRow,
  type CommentRow,
  type EntityRow,
  type LocatedInRow,
  type MentionRow,
  type PublishedByRow,
  type RelatedRow,
} from '../rows.js';
import type { EntityKind } from '../../src/types.js';
import { cooccurrenceKeyOf, cypherInsertAll, cypherMax, cypherMin, leftCodePoints } from './cypher-semantics.js';

export interface EntityRecord {
  id: string;
  /** The kind label set when the node was created (MERGE … ON CREATE SET e:Label): never changed after. */
  label: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  nameJa: string | null;
  aliases: string[];
  /** True when an article's entity rows brought it (the summary's `entities`); false for a country only LOCATED_IN created. */
  mentioned: boolean;
}

export interface RoleRecord {
  personId: string;
  ofId: string;
  title: string | null;
  titleJa: string | null;
  /** Article ids that say it, in Cypher's string order. */
  articles: string[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface CooccurrenceRecord {
  a: string;
  b: string;
  key: string;
  weight: number;
}

export interface StubRecord {
  id: string;
  url: string | null;
  title: string | null;
}

export interface Link {
  from: string;
  to: string;
}

/** What one batch adds that no later batch changes: streamed to disk by the caller. */
export interface BatchOutput {
  articles: ArticleRow[];
  /** One row per comment id (the last row of the batch wins, as MERGE + SET does). */
  comments: CommentRow[];
  commentsOn: Link[];
  replies: Link[];
  articleMentions: MentionRow[];
  commentMentions: MentionRow[];
  cites: CiteRow[];
  publishedBy: PublishedByRow[];
  related: RelatedRow[];
  /** The writer's WriteResult figures for this batch. */
  counts: { written: number; comments: number; mentions: number };
}

export interface FoldOutput {
  entities: EntityRecord[];
  stubs: StubRecord[];
  locatedIn: Link[];
  cooccurrence: CooccurrenceRecord[];
  roles: RoleRecord[];
}

const shortHash = (contentHash: string): string => contentHash.slice(-16);

const byId = <T extends { article: ArticleRow }>(x: T, y: T): number => (x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0);

/** Distinct by key, the last occurrence's value kept at the first occurrence's place (a Map). */
function lastByKey<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((row) => [key(row), row] as const)).values()];
}

export class BulkFold {
  private readonly loaded = new Map<string, string>();
  private readonly entities = new Map<string, EntityRecord>();
  private readonly roles = new Map<string, RoleRecord>();
  private readonly stubs = new Map<string, StubRecord>();
  private readonly locatedIn = new Map<string, Link>();
  private readonly pairs = new Map<string, Map<string, number>>();

  /**
   * Whether an article id was loaded, and with this content or other: 'same' is a repeat (unchanged),
   * 'other' an edit. Only 16 hex digits of each hash are kept (a few million ids fit in memory).
   */
  versionOf(id: string, contentHash: string): 'none' | 'same' | 'other' {
    const loaded = this.loaded.get(id);
    if (loaded === undefined) return 'none';
    return loaded === shortHash(contentHash) ? 'same' : 'other';
  }

  get articleCount(): number {
    return this.loaded.size;
  }

  isMentionedEntity(id: string): boolean {
    return this.entities.get(id)?.mentioned === true;
  }

  /** Entities an article mentioned (the summary's figure). */
  get mentionedEntityCount(): number {
    let n = 0;
    for (const e of this.entities.values()) if (e.mentioned) n++;
    return n;
  }

  /**
   * One batch of new articles (ids not loaded before, one row set per id), as one writer
   * transaction takes them: MERGE_ARTICLES, MERGE_ENTITIES, comments, replies, mentions, cites,
   * PUBLISHED_BY, RELATED_TO, LOCATED_IN, co-occurrence, roles.
   */
  addBatch(batch: readonly ArticleRows[]): BatchOutput {
    const changed = [...batch].sort(byId);
    for (const rows of changed) {
      if (this.loaded.has(rows.article.id)) throw new Error(`BulkFold: article ${rows.article.id} is already loaded; an edit goes through the transactional writer`);
      this.loaded.set(rows.article.id, shortHash(rows.article.contentHash));
    }

    for (const row of mergeEntityRows(changed)) this.mergeEntity(row);

    const all = changed.flatMap((rows) => rows.comments).sort((a, b) => (a.id < b.id ? -1 : 1));
    const comments = lastByKey(all, (c) => c.id);
    const commentsOn = lastByKey(all.map((c) => ({ from: c.id, to: c.articleId })), (l) => `${l.from}\u0000${l.to}`);
    const ids = new Set(all.map((c) => c.id));
    const replies = lastByKey(
      all.filter((c) => c.parentId !== null && ids.has(c.parentId)).map((c) => ({ from: c.id, to: c.parentId! })),
      (l) => `${l.from}\u0000${l.to}`,
    );

    const articleMentions = changed.flatMap((rows) => rows.articleMentions);
    const commentMentions = lastByKey(changed.flatMap((rows) => rows.commentMentions), (m) => `${m.from}\u0000${m.entityId}`);
    const related = changed.flatMap((rows) => rows.related);
    for (const row of related) {
      if (!this.loaded.has(row.targetId) && !this.stubs.has(row.targetId)) this.stubs.set(row.targetId, { id: row.targetId, url: row.url, title: row.title });
    }

    const located = lastByKey(changed.flatMap((rows) => rows.locatedIn), (r) => r.locationId).sort((a, b) => (a.locationId < b.locationId ? -1 : 1));
    for (const row of located) this.locate(row);

    for (const { a, b, delta } of cooccurrenceDeltas(changed.map((rows) => ({ before: [], after: rows.mentionedEntityIds })))) {
      let row = this.pairs.get(a);
      if (!row) this.pairs.set(a, (row = new Map()));
      row.set(b, (row.get(b) ?? 0) + delta);
    }

    const dates = new Map(changed.map((rows) => [rows.article.id, rows.article.publishedAt] as const));
    for (const update of roleUpdateRows(changed.map((rows) => ({ articleId: rows.article.id, before: [], after: rows.roles })))) {
      const key = `${update.personId}\u0000${update.ofId}`;
      let role = this.roles.get(key);
      if (!role) this.roles.set(key, (role = { personId: update.personId, ofId: update.ofId, title: null, titleJa: null, articles: [], firstSeen: null, lastSeen: null }));
      role.articles = cypherInsertAll(role.articles, update.add);
      // UPDATE_ROLES: a batch that adds to the role sets its title when it knows one.
      role.title = update.title ?? role.title;
      role.titleJa = update.titleJa ?? role.titleJa;
      for (const id of update.add) {
        const published = dates.get(id) ?? null;
        const day = published === null ? null : leftCodePoints(published, 10);
        role.firstSeen = cypherMin(role.firstSeen, day);
        role.lastSeen = cypherMax(role.lastSeen, day);
      }
    }

    return {
      articles: changed.map((rows) => rows.article),
      comments,
      commentsOn,
      replies,
      articleMentions,
      commentMentions,
      cites: changed.flatMap((rows) => rows.cites),
      publishedBy: lastByKey(changed.flatMap((rows) => rows.publishedBy), (r) => `${r.articleId}\u0000${r.sourceId}`),
      related,
      counts: {
        written: changed.length,
        comments: all.length,
        mentions: [...articleMentions, ...commentMentions].reduce((n, m) => n + m.count, 0),
      },
    };
  }

  /** MERGE_ENTITIES: names known stay when a row does not know them; aliases are united in sorted order. */
  private mergeEntity(row: EntityRow): void {
    const seen = this.entities.get(row.id);
    const nameEn = row.nameEn ?? seen?.nameEn ?? null;
    const nameJa = row.nameJa ?? seen?.nameJa ?? null;
    this.entities.set(row.id, {
      id: row.id,
      label: seen?.label ?? ENTITY_LABELS[row.kind],
      kind: row.kind,
      name: nameEn ?? seen?.name ?? row.name,
      nameEn,
      nameJa,
      aliases: cypherInsertAll(seen?.aliases ?? [], row.aliases),
      mentioned: true,
    });
  }

  /** MERGE_LOCATED_IN: a country nobody mentioned is created from the gazetteer's names. */
  private locate(row: LocatedInRow): void {
    if (!this.entities.has(row.countryId)) {
      this.entities.set(row.countryId, {
        id: row.countryId,
        label: ENTITY_LABELS.country,
        kind: 'country',
        name: row.countryName,
        nameEn: row.countryName,
        nameJa: row.countryNameJa,
        aliases: [row.countryName, row.countryNameJa].filter((x): x is string => x !== null),
        mentioned: false,
      });
    }
    this.locatedIn.set(`${row.locationId}\u0000${row.countryId}`, { from: row.locationId, to: row.countryId });
  }

  /** What many batches added, once all are in. Stubs are the RELATED_TO targets never loaded themselves. */
  finish(): FoldOutput {
    const cooccurrence: CooccurrenceRecord[] = [];
    for (const [a, row] of this.pairs) for (const [b, weight] of row) if (weight !== 0) cooccurrence.push({ a, b, key: cooccurrenceKeyOf(a, b), weight });
    return {
      entities: [...this.entities.values()],
      stubs: [...this.stubs.values()].filter((s) => !this.loaded.has(s.id)),
      locatedIn: [...this.locatedIn.values()],
      cooccurrence,
      roles: [...this.roles.values()],
    };
  }
}
