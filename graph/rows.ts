/**
 * Pure row mappers: (Article, ArticleExtraction) → the plain rows that the writer's UNWIND
 * statements take. No I/O here, so every rule (grouping mentions, choosing sources, pairing
 * co-mentions) is unit-tested with hand-made objects. Property names follow docs/schema.md.
 */
import type { Article, ArticleExtraction, Entity, EntityKind, Mention, Role, TextExtraction } from '../src/types.js';
import { articleContentHash } from './content-hash.js';
import { countryOfLocation, type CountryRef } from './locations.js';
import { knownOutlets } from './outlets.js';
import { boundedId } from '../src/resolve/slug.js';

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  lang: string | null;
  publishedAt: string | null;
  category: string | null;
  site: string | null;
  body: string;
  contentHash: string;
}

export interface CommentRow {
  id: string;
  articleId: string;
  localId: string;
  parentId: string | null;
  depth: number;
  author: string | null;
  postedAt: string | null;
  votes: number | null;
  text: string;
  lang: string | null;
}

/** An Entity as the writer sends it: aliases sorted and unique; the writer merges them with what the graph knows. */
export type EntityRow = Entity;

export interface MentionRow {
  /** Article id or global comment id. */
  from: string;
  entityId: string;
  count: number;
  spans: string[];
  surfaces: string[];
}

export interface CiteRow {
  articleId: string;
  sourceId: string;
  role: string;
  title: string | null;
  url: string | null;
}

export interface PublishedByRow {
  articleId: string;
  sourceId: string;
}

export interface RelatedRow {
  articleId: string;
  targetId: string;
  url: string | null;
  title: string | null;
}

export interface RoleRow {
  articleId: string;
  personId: string;
  ofId: string;
  title: string | null;
  titleJa: string | null;
}

export interface LocatedInRow {
  locationId: string;
  countryId: string;
  countryName: string;
  countryNameJa: string | null;
}

/** Everything one article contributes to the graph. */
export interface ArticleRows {
  article: ArticleRow;
  comments: CommentRow[];
  entities: EntityRow[];
  articleMentions: MentionRow[];
  commentMentions: MentionRow[];
  cites: CiteRow[];
  publishedBy: PublishedByRow[];
  related: RelatedRow[];
  roles: RoleRow[];
  locatedIn: LocatedInRow[];
  /** Entities mentioned by the body or any comment, sorted: the article's co-occurrence set. */
  mentionedEntityIds: string[];
}

/** Labels by kind: the only labels the writer ever sets on an entity. */
export const ENTITY_LABELS: Readonly<Record<EntityKind, string>> = {
  person: 'Person',
  country: 'Country',
  location: 'Location',
  organization: 'Organization',
  source: 'Source',
};

/** Longest stored comment id, in UTF-8 bytes: Neo4j's range index refuses keys of ~8 KB (bytes, not characters). */
export const MAX_COMMENT_ID_BYTES = 4096;

/**
 * An id of at most `maxBytes` UTF-8 bytes: a longer one is cut on a character boundary and ends in
 * `~` and a hash of the whole (boundedId's suffix), so cut ids stay apart. For ASCII ids this is
 * boundedId's result; a Japanese character takes 3 bytes, so counting characters let a 3,000-character
 * id (9 KB) through to a write that Neo4j refused.
 */
export function boundedIdBytes(id: string, maxBytes: number): string {
  if (Buffer.byteLength(id, 'utf8') <= maxBytes) return id;
  // boundedId(id, 9) is the suffix alone: `~` and 8 hex digits of the whole id.
  const suffix = boundedId(id, 9);
  let prefix = '';
  let bytes = 0;
  for (const ch of id) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > maxBytes - suffix.length) break;
    prefix += ch;
    bytes += size;
  }
  return `${prefix}${suffix}`;
}

/**
 * A comment's global id, `<article id>#<comment id>`. The article id's own `%` and `#` are escaped
 * (`%25`, `%23`) so the first `#` always ends it: unescaped, article `a#b` with comment `c` and article
 * `a` with comment `b#c` got the same key, one silently overwrote the other, and a bulk import failed.
 * Ids without those characters, nearly all, are unchanged. Bounded: a comment's own id can be any
 * length, and Neo4j cannot index keys of ~8 KB.
 */
export const commentGlobalId = (articleId: string, localId: string): string =>
  boundedIdBytes(`${articleId.replace(/[%#]/g, (ch) => (ch === '%' ? '%25' : '%23'))}#${localId}`, MAX_COMMENT_ID_BYTES);

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byCodeUnits);
}

/** Mentions of one text grouped per entity: count, "start-end" spans and surfaces in text order. */
export function mentionRows(from: string, mentions: readonly Mention[]): MentionRow[] {
  const byEntity = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = byEntity.get(mention.entity.id) ?? [];
    list.push(mention);
    byEntity.set(mention.entity.id, list);
  }
  return [...byEntity.entries()]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([entityId, list]) => {
      const ordered = [...list].sort((x, y) => x.start - y.start || x.end - y.end);
      return {
        from,
        entityId,
        count: ordered.length,
        spans: ordered.map((m) => `${m.start}-${m.end}`),
        surfaces: ordered.map((m) => m.text),
      };
    });
}

function entityRow(entity: Entity, seen: readonly string[]): EntityRow {
  const aliases = [entity.name, entity.nameEn, entity.nameJa, ...entity.aliases, ...seen]
    .filter((a): a is string => typeof a === 'string')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    nameEn: entity.nameEn,
    nameJa: entity.nameJa,
    aliases: sortedUnique(aliases),
  };
}

const slug = (value: string): string => value.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '-');

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** A source entity named for a cited title, an outlet's site or a URL's host. */
export function fallbackSource(name: string): Entity {
  // A site name can be any length; Neo4j cannot index an id of ~8 KB or more.
  return { id: boundedId(`source:${slug(name)}`), kind: 'source', name, nameEn: null, nameJa: null, aliases: [name] };
}

/** The source entity whose name or alias occurs in the text (longest alias wins), if any. */
export function findSourceIn(text: string, sources: readonly Entity[]): Entity | null {
  const haystack = text.normalize('NFKC').toLowerCase();
  let best: { entity: Entity; length: number } | null = null;
  for (const entity of sources) {
    for (const alias of [entity.name, entity.nameEn, entity.nameJa, ...entity.aliases]) {
      if (!alias) continue;
      const needle = alias.normalize('NFKC').toLowerCase().trim();
      // One- and two-letter aliases (AP, 米) would match inside unrelated words.
      if (needle.length < 3 || !haystack.includes(needle)) continue;
      if (!best || needle.length > best.length) best = { entity, length: needle.length };
    }
  }
  return best?.entity ?? null;
}

const compact = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The outlet whose id or name is the URL host's main label: theguardian.com → The Guardian, reuters.com → Reuters. */
export function findSourceByHost(url: string | null, sources: readonly Entity[]): Entity | null {
  const host = hostOf(url);
  const label = host?.split('.')[0];
  if (!label) return null;
  const key = compact(label);
  return sources.find((e) => [e.id.replace(/^source:/, ''), e.name, e.nameEn ?? '', ...e.aliases].some((n) => n !== '' && compact(n) === key)) ?? null;
}

/** Where a cited reference points: an outlet named in it or by its host, else its host, title or label. */
export function citedSource(ref: { label: string | null; title: string | null; url: string | null }, sources: readonly Entity[]): Entity | null {
  const found = findSourceIn([ref.title, ref.url].filter(Boolean).join(' '), sources) ?? findSourceByHost(ref.url, sources);
  if (found) return found;
  const name = hostOf(ref.url) ?? ref.title?.trim() ?? ref.label?.trim() ?? null;
  return name ? fallbackSource(name) : null;
}

function allTexts(extraction: ArticleExtraction): Array<[commentLocalId: string | null, TextExtraction]> {
  return [[null, extraction.body], ...Object.entries(extraction.comments)];
}

/** Roles that point at a country or organization and name a person the article mentions. */
function roleRows(articleId: string, roles: readonly Role[], mentioned: ReadonlySet<string>, kinds: ReadonlyMap<string, EntityKind>): RoleRow[] {
  const byKey = new Map<string, RoleRow>();
  for (const role of roles) {
    if (!role.ofId || !mentioned.has(role.personId)) continue;
    const ofKind = kinds.get(role.ofId);
    if (kinds.get(role.personId) !== 'person' || (ofKind !== 'country' && ofKind !== 'organization')) continue;
    const key = `${role.personId}\u0000${role.ofId}`;
    const previous = byKey.get(key);
    byKey.set(key, {
      articleId,
      personId: role.personId,
      ofId: role.ofId,
      title: previous?.title ?? role.title,
      titleJa: previous?.titleJa ?? role.titleJa,
    });
  }
  return [...byKey.values()].sort((a, b) => byCodeUnits(a.personId, b.personId) || byCodeUnits(a.ofId, b.ofId));
}

export interface RowOptions {
  /** The country a location lies in (default: the gazetteer). */
  locate?: (location: EntityRow) => CountryRef | null;
  /** Outlets a cited title, URL or site may name, beside those extraction found (default: the gazetteer). */
  outlets?: readonly Entity[];
}

export function articleRows(article: Article, extraction: ArticleExtraction, options: RowOptions = {}): ArticleRows {
  const locate = options.locate ?? countryOfLocation;
  const id = article.id;
  const comments: CommentRow[] = article.comments.map((c) => ({
    id: commentGlobalId(id, c.id),
    articleId: id,
    localId: c.id,
    parentId: c.parentId === null ? null : commentGlobalId(id, c.parentId),
    depth: c.depth,
    author: c.author,
    postedAt: c.postedAt,
    votes: c.votes,
    text: c.text,
    lang: c.lang,
  }));
  const knownComments = new Set(article.comments.map((c) => c.id));

  const articleMentions = mentionRows(id, extraction.body.mentions);
  const commentMentions: MentionRow[] = [];
  const surfaces = new Map<string, string[]>();
  const allRoles: Role[] = [];
  for (const [localId, text] of allTexts(extraction)) {
    if (localId !== null) {
      if (!knownComments.has(localId)) continue;
      commentMentions.push(...mentionRows(commentGlobalId(id, localId), text.mentions));
    }
    for (const m of text.mentions) surfaces.set(m.entity.id, [...(surfaces.get(m.entity.id) ?? []), m.text]);
    allRoles.push(...text.roles);
  }
  const mentionedEntityIds = sortedUnique(surfaces.keys());
  const mentioned = new Set(mentionedEntityIds);

  const entities = new Map<string, EntityRow>();
  for (const entity of extraction.entities) entities.set(entity.id, entityRow(entity, surfaces.get(entity.id) ?? []));
  // A mention whose entity the extraction did not list still needs its node.
  for (const [localId, text] of allTexts(extraction)) {
    if (localId !== null && !knownComments.has(localId)) continue;
    for (const m of text.mentions) if (!entities.has(m.entity.id)) entities.set(m.entity.id, entityRow(m.entity, surfaces.get(m.entity.id) ?? []));
  }

  // Outlets the article itself names come first: they win a tie over the gazetteer's.
  const sourceEntities = [...extraction.entities.filter((e) => e.kind === 'source'), ...(options.outlets ?? knownOutlets())];
  const cites = new Map<string, CiteRow>();
  for (const ref of article.sources) {
    const source = citedSource(ref, sourceEntities);
    if (!source) continue;
    if (!entities.has(source.id)) entities.set(source.id, entityRow(source, []));
    const row: CiteRow = { articleId: id, sourceId: source.id, role: ref.label ?? 'link', title: ref.title, url: ref.url };
    cites.set(JSON.stringify(row), row);
  }

  const publishedBy: PublishedByRow[] = [];
  if (article.site?.trim()) {
    const publisher = findSourceIn(article.site, sourceEntities) ?? fallbackSource(article.site.trim());
    if (!entities.has(publisher.id)) entities.set(publisher.id, entityRow(publisher, []));
    publishedBy.push({ articleId: id, sourceId: publisher.id });
  }

  const related = new Map<string, RelatedRow>();
  for (const ref of article.related) {
    if (!ref.url || ref.url === article.url || ref.url === id) continue;
    related.set(ref.url, { articleId: id, targetId: ref.url, url: ref.url, title: ref.title });
  }

  const kinds = new Map([...entities.values()].map((e) => [e.id, e.kind] as const));
  const roles = roleRows(id, allRoles, mentioned, kinds);

  const locatedIn: LocatedInRow[] = [];
  for (const entity of entities.values()) {
    if (entity.kind !== 'location') continue;
    const country = locate(entity);
    if (country) locatedIn.push({ locationId: entity.id, countryId: country.id, countryName: country.name, countryNameJa: country.nameJa });
  }

  return {
    article: {
      id,
      url: article.url,
      title: article.title,
      lang: article.lang,
      publishedAt: article.publishedAt,
      category: article.category,
      site: article.site,
      body: article.body,
      contentHash: articleContentHash(article),
    },
    comments,
    entities: [...entities.values()].sort((a, b) => byCodeUnits(a.id, b.id)),
    articleMentions,
    commentMentions,
    cites: [...cites.values()].sort((a, b) => byCodeUnits(a.sourceId, b.sourceId)),
    publishedBy,
    related: [...related.values()].sort((a, b) => byCodeUnits(a.targetId, b.targetId)),
    roles,
    locatedIn: locatedIn.sort((a, b) => byCodeUnits(a.locationId, b.locationId)),
    mentionedEntityIds,
  };
}

/** Every unordered pair of the set, smaller id first (schema: stored once per pair). */
export function entityPairs(ids: readonly string[]): Array<[string, string]> {
  const sorted = sortedUnique(ids);
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i]!, sorted[j]!]);
  }
  return pairs;
}

/** How much one co-occurrence edge's weight changes in a batch (never 0). */
export interface CooccurrenceDelta {
  a: string;
  b: string;
  delta: number;
}

/**
 * Co-occurrence weight changes for a batch: a changed article adds 1 to each pair of its new
 * mention set that its old set lacked and takes 1 from each old pair that the new set lacks; pairs
 * in both sets are untouched. Summed per pair over the batch, zeros dropped, sorted by (a, b) so
 * that concurrent batches lock edges in the same order.
 *
 * A pair is in a set exactly when both its entities are, so membership is two lookups of entity
 * ids: no key is built per pair (a 200-article batch has ~33,000 pairs, and the writer computes
 * this before its transaction, see graph/writer.ts).
 */
export function cooccurrenceDeltas(changes: ReadonlyArray<{ before: readonly string[]; after: readonly string[] }>): CooccurrenceDelta[] {
  const byFirst = new Map<string, Map<string, number>>();
  const addAll = (ids: readonly string[], other: ReadonlySet<string>, by: number): void => {
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i]!;
      const inOther = other.has(a);
      let row: Map<string, number> | undefined;
      for (let j = i + 1; j < ids.length; j++) {
        const b = ids[j]!;
        if (inOther && other.has(b)) continue;
        if (!row) {
          row = byFirst.get(a);
          if (!row) byFirst.set(a, (row = new Map()));
        }
        row.set(b, (row.get(b) ?? 0) + by);
      }
    }
  };
  for (const { before, after } of changes) {
    const now = sortedUnique(after);
    const old = sortedUnique(before);
    addAll(now, new Set(old), 1);
    addAll(old, new Set(now), -1);
  }
  const rows: CooccurrenceDelta[] = [];
  for (const a of [...byFirst.keys()].sort(byCodeUnits)) {
    const row = byFirst.get(a)!;
    for (const b of [...row.keys()].sort(byCodeUnits)) {
      const delta = row.get(b)!;
      if (delta !== 0) rows.push({ a, b, delta });
    }
  }
  return rows;
}

export interface RoleUpdateRow {
  personId: string;
  ofId: string;
  title: string | null;
  titleJa: string | null;
  add: string[];
  remove: string[];
}

/** Role updates for a batch: new contributions carry their titles; dropped ones only leave. */
export function roleUpdateRows(changes: ReadonlyArray<{ articleId: string; before: ReadonlyArray<{ personId: string; ofId: string }>; after: readonly RoleRow[] }>): RoleUpdateRow[] {
  const rows = new Map<string, RoleUpdateRow>();
  const touch = (personId: string, ofId: string): RoleUpdateRow => {
    const key = `${personId}\u0000${ofId}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { personId, ofId, title: null, titleJa: null, add: [], remove: [] }));
    return row;
  };
  for (const { articleId, before, after } of changes) {
    const now = new Set(after.map((r) => `${r.personId}\u0000${r.ofId}`));
    for (const role of after) {
      const row = touch(role.personId, role.ofId);
      row.add.push(articleId);
      row.title ??= role.title;
      row.titleJa ??= role.titleJa;
    }
    for (const old of before) if (!now.has(`${old.personId}\u0000${old.ofId}`)) touch(old.personId, old.ofId).remove.push(articleId);
  }
  return [...rows.values()]
    .map((r) => ({ ...r, add: sortedUnique(r.add), remove: sortedUnique(r.remove) }))
    .sort((x, y) => byCodeUnits(x.personId, y.personId) || byCodeUnits(x.ofId, y.ofId));
}
