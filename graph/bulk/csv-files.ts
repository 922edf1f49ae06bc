/**
 * The node and relationship files `neo4j-admin database import full` reads: their headers (with
 * the types the transactional writer's values get: neo4j-driver sends every JavaScript number as a
 * Float, so count, depth, votes and weight are `double`; dates are ISO strings there and here;
 * lists of strings are `string[]`), and a writer that streams rows into them with csv-stringify.
 *
 * A null becomes an empty unquoted field (no property, as `SET x = null` leaves none); every string
 * is quoted, so an empty string stays an empty string. Labels and relationship types are literals
 * here or ENTITY_LABELS: nothing from the input names one.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import { ENTITY_LABELS, type ArticleRow, type CiteRow, type CommentRow, type MentionRow, type PublishedByRow, type RelatedRow } from '../rows.js';
import type { EntityKind } from '../../src/types.js';
import { aliasText } from './cypher-semantics.js';
import type { CooccurrenceRecord, EntityRecord, Link, RoleRecord, StubRecord } from './fold.js';
import { ARRAY_DELIMITER } from './validate.js';

export interface CsvFileSpec {
  file: string;
  kind: 'nodes' | 'relationships';
  /** `Entity:Person` for nodes, the relationship type for relationships. */
  target: string;
  header: readonly string[];
}

const ARTICLE_HEADER = ['id:ID(Article)', 'url', 'title', 'lang', 'publishedAt', 'category', 'site', 'body', 'contentHash'];
const ENTITY_HEADER = ['id:ID(Entity)', 'kind', 'name', 'nameEn', 'nameJa', 'aliases:string[]', 'aliasText'];
const MENTION_PROPERTIES = ['count:double', 'spans:string[]', 'surfaces:string[]'];

const nodes = (file: string, target: string, header: readonly string[]): CsvFileSpec => ({ file, kind: 'nodes', target, header });
const rels = (file: string, target: string, header: readonly string[]): CsvFileSpec => ({ file, kind: 'relationships', target, header });

export const BULK_FILES = {
  articles: nodes('articles.csv', 'Article', ARTICLE_HEADER),
  stubs: nodes('article-stubs.csv', 'Article', ['id:ID(Article)', 'url', 'title']),
  comments: nodes('comments.csv', 'Comment', ['id:ID(Comment)', 'articleId', 'localId', 'parentId', 'depth:double', 'author', 'postedAt', 'votes:double', 'text', 'lang']),
  ...(Object.fromEntries(
    (Object.entries(ENTITY_LABELS) as Array<[EntityKind, string]>).map(([kind, label]) => [`entity-${kind}`, nodes(`entities-${kind}.csv`, `Entity:${label}`, ENTITY_HEADER)]),
  ) as Record<`entity-${EntityKind}`, CsvFileSpec>),
  articleMentions: rels('mentions-article.csv', 'MENTIONS', [':START_ID(Article)', ':END_ID(Entity)', ...MENTION_PROPERTIES]),
  commentMentions: rels('mentions-comment.csv', 'MENTIONS', [':START_ID(Comment)', ':END_ID(Entity)', ...MENTION_PROPERTIES]),
  commentsOn: rels('comments-on.csv', 'COMMENTS_ON', [':START_ID(Comment)', ':END_ID(Article)']),
  replies: rels('replies-to.csv', 'REPLIES_TO', [':START_ID(Comment)', ':END_ID(Comment)']),
  cites: rels('cites.csv', 'CITES', [':START_ID(Article)', ':END_ID(Entity)', 'role', 'title', 'url']),
  publishedBy: rels('published-by.csv', 'PUBLISHED_BY', [':START_ID(Article)', ':END_ID(Entity)']),
  related: rels('related-to.csv', 'RELATED_TO', [':START_ID(Article)', ':END_ID(Article)', 'title']),
  locatedIn: rels('located-in.csv', 'LOCATED_IN', [':START_ID(Entity)', ':END_ID(Entity)']),
  cooccurrence: rels('co-occurs-with.csv', 'CO_OCCURS_WITH', [':START_ID(Entity)', ':END_ID(Entity)', 'key', 'weight:double']),
  roles: rels('holds-role.csv', 'HOLDS_ROLE', [':START_ID(Entity)', ':END_ID(Entity)', 'title', 'titleJa', 'firstSeen', 'lastSeen', 'articles:string[]']),
} as const satisfies Record<string, CsvFileSpec>;

export type BulkFileName = keyof typeof BULK_FILES;

type Cell = string | number | null;

const list = (values: readonly string[]): string => values.join(ARRAY_DELIMITER);

/** One CSV row per record, in the column order of the headers above. */
export const toCells = {
  article: (a: ArticleRow): Cell[] => [a.id, a.url, a.title, a.lang, a.publishedAt, a.category, a.site, a.body, a.contentHash],
  stub: (s: StubRecord): Cell[] => [s.id, s.url, s.title],
  comment: (c: CommentRow): Cell[] => [c.id, c.articleId, c.localId, c.parentId, c.depth, c.author, c.postedAt, c.votes, c.text, c.lang],
  entity: (e: EntityRecord): Cell[] => [e.id, e.kind, e.name, e.nameEn, e.nameJa, list(e.aliases), aliasText(e.aliases)],
  mention: (m: MentionRow): Cell[] => [m.from, m.entityId, m.count, list(m.spans), list(m.surfaces)],
  link: (l: Link): Cell[] => [l.from, l.to],
  cite: (c: CiteRow): Cell[] => [c.articleId, c.sourceId, c.role, c.title, c.url],
  publishedBy: (p: PublishedByRow): Cell[] => [p.articleId, p.sourceId],
  related: (r: RelatedRow): Cell[] => [r.articleId, r.targetId, r.title],
  cooccurrence: (c: CooccurrenceRecord): Cell[] => [c.a, c.b, c.key, c.weight],
  role: (r: RoleRecord): Cell[] => [r.personId, r.ofId, r.title, r.titleJa, r.firstSeen, r.lastSeen, list(r.articles)],
};

/** Rows as CSV text: strings quoted (so "" is an empty string), null as an empty field. */
export function csvText(rows: ReadonlyArray<readonly Cell[]>): string {
  // undefined (a field a reader left out) is written as null, as the driver sends it.
  return rows.length === 0 ? '' : stringify(rows.map((r) => r.map((c) => c ?? null)), { quoted_string: true, cast: { number: (n) => String(n) } });
}

/** Streams rows into the bulk files of one folder; `close` flushes them all. */
export class BulkCsvWriter {
  private readonly streams = new Map<BulkFileName, WriteStream>();
  private largest = 0;
  readonly rows = new Map<BulkFileName, number>();

  constructor(readonly dir: string) {}

  pathOf(name: BulkFileName): string {
    return path.join(this.dir, BULK_FILES[name].file);
  }

  /** The longest single value written so far, in UTF-16 code units (the importer's read buffer must hold it). */
  get largestValue(): number {
    return this.largest;
  }

  async write(name: BulkFileName, rows: ReadonlyArray<readonly Cell[]>): Promise<void> {
    let stream = this.streams.get(name);
    if (!stream) {
      stream = createWriteStream(this.pathOf(name), { encoding: 'utf8' });
      this.streams.set(name, stream);
      stream.write(`${BULK_FILES[name].header.join(',')}\n`);
    }
    for (const row of rows) for (const cell of row) if (typeof cell === 'string' && cell.length > this.largest) this.largest = cell.length;
    this.rows.set(name, (this.rows.get(name) ?? 0) + rows.length);
    if (rows.length === 0) return;
    if (!stream.write(csvText(rows))) await once(stream, 'drain');
  }

  /** Every file, header only when nothing was written to it. */
  async close(): Promise<void> {
    for (const name of Object.keys(BULK_FILES) as BulkFileName[]) if (!this.streams.has(name)) await this.write(name, []);
    await Promise.all([...this.streams.values()].map((s) => new Promise<void>((resolve, reject) => s.end((error?: Error | null) => (error ? reject(error) : resolve())))));
  }
}
