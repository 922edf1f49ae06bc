/**
 * Every write of the graph writer: one named, parameterized `UNWIND $rows AS row …` statement per
 * concern, fed by the pure mappers of rows.ts. Labels are never spliced from input: entity labels
 * come from ENTITY_LABELS through entityMergeStatement().
 */
import type { EntityKind } from '../src/types.js';
import { ENTITY_LABELS } from './rows.js';

/**
 * Statements whose plan is fixed by the schema alone (UNWIND, then seeks on unique keys): keep the
 * cached plan while the graph grows. By default Neo4j replans a statement once the counts it was
 * planned on have moved enough (at most every 10 s), which during an ingest into a young graph is
 * every statement every few batches, each replan costing 100–300 ms on the shared machine
 * (docs/graph.md, "Write throughput"). Statements that traverse relationships keep the default.
 */
const KEEP_PLAN = 'CYPHER replan=skip';

/**
 * Serializes writers of the same articles: an exclusive lock on each Article, taken in id order and
 * held until commit, before its stored state is read. Without it two ingests of one new article both
 * read "absent" and both add its contributions.
 */
export const LOCK_ARTICLES = `${KEEP_PLAN}
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.writeLock = true
REMOVE a.writeLock
RETURN a.id AS id, a.contentHash AS contentHash`;

/**
 * What the graph holds for the given article ids: mentioned entities, comments, role contributions.
 * Only asked for articles that were written before (a contentHash): a new one, or a stub that only
 * RELATED_TO points at, holds nothing of its own.
 */
export const READ_ARTICLE_STATE = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (c:Comment)-[:COMMENTS_ON]->(a)
WITH a, collect(c) AS comments
CALL (a, comments) {
  UNWIND [a] + comments AS n
  MATCH (n)-[:MENTIONS]->(e:Entity)
  RETURN collect(DISTINCT e.id) AS entityIds
}
CALL (a, entityIds) {
  MATCH (p:Entity)-[r:HOLDS_ROLE]->(o:Entity)
  WHERE p.id IN entityIds AND a.id IN r.articles
  RETURN collect({personId: p.id, ofId: o.id}) AS roles
}
RETURN a.id AS id, a.contentHash AS contentHash, entityIds, [c IN comments | c.id] AS commentIds, roles,
       [(a)-[:CITES|PUBLISHED_BY]->(s:Entity) | s.id] AS sourceIds,
       [(a)-[:RELATED_TO]->(t:Article) | t.id] AS relatedIds`;

/** Only the stored hashes: the pipeline asks this before extracting, to skip unchanged articles. */
export const READ_CONTENT_HASHES = `${KEEP_PLAN}
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash`;

/** A changed article's old statements go: its own outgoing facts and its comments' mentions and threads. */
export const CLEAR_ARTICLE_FACTS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[r:MENTIONS|CITES|PUBLISHED_BY|RELATED_TO]->()
  DELETE r
}
CALL (a) {
  MATCH (c:Comment)-[:COMMENTS_ON]->(a)
  MATCH (c)-[r:MENTIONS|REPLIES_TO]->()
  DELETE r
}`;

/** Comments that the new version of an article no longer has. */
export const DELETE_COMMENTS = `${KEEP_PLAN}
UNWIND $ids AS id
MATCH (c:Comment {id: id})
DETACH DELETE c`;

export const MERGE_ARTICLES = `${KEEP_PLAN}
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url, a.title = row.title, a.lang = row.lang, a.publishedAt = row.publishedAt,
    a.category = row.category, a.site = row.site, a.body = row.body, a.contentHash = row.contentHash`;

export const MERGE_COMMENTS = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (c:Comment {id: row.id})
SET c.articleId = row.articleId, c.localId = row.localId, c.parentId = row.parentId, c.depth = row.depth,
    c.author = row.author, c.postedAt = row.postedAt, c.votes = row.votes, c.text = row.text, c.lang = row.lang
MERGE (c)-[:COMMENTS_ON]->(a)`;

export const MERGE_REPLIES = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (c:Comment {id: row.id})
MATCH (p:Comment {id: row.parentId})
MERGE (c)-[:REPLIES_TO]->(p)`;

/**
 * Names: known values are kept when a row does not know them; the display name is English when
 * known. Aliases: the union, kept sorted so the result does not depend on ingest order. An entity
 * that already holds exactly this is left alone: no write lock on hot entities (米国) that every
 * batch mentions, so concurrent batches do not queue behind each other.
 */
const ENTITY_MERGE_BODY = `
WITH e, row,
     coalesce(row.nameEn, e.nameEn) AS nameEn,
     coalesce(row.nameJa, e.nameJa) AS nameJa,
     reduce(acc = coalesce(e.aliases, []), x IN row.aliases |
       CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END) AS aliases
WITH e, row, nameEn, nameJa, aliases, coalesce(nameEn, e.name, row.name) AS name
WHERE e.kind IS NULL
   OR [e.kind, e.name, coalesce(e.nameEn, ''), coalesce(e.nameJa, ''), e.aliases]
      <> [row.kind, name, coalesce(nameEn, ''), coalesce(nameJa, ''), aliases]
SET e.kind = row.kind, e.name = name, e.nameEn = nameEn, e.nameJa = nameJa, e.aliases = aliases,
    e.aliasText = reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x)`;

export function entityMergeStatement(kind: EntityKind): string {
  const label = ENTITY_LABELS[kind];
  return `${KEEP_PLAN}
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${label}${ENTITY_MERGE_BODY}`;
}

export const MERGE_ENTITIES: Readonly<Record<EntityKind, string>> = {
  person: entityMergeStatement('person'),
  country: entityMergeStatement('country'),
  location: entityMergeStatement('location'),
  organization: entityMergeStatement('organization'),
  source: entityMergeStatement('source'),
};

/**
 * MENTIONS from an article or a comment; the label is one of two literals, never input. CREATE, not
 * MERGE: CLEAR_ARTICLE_FACTS removed every MENTIONS of a changed article and its comments, a new one
 * has none, the article lock keeps other writers off them, and the writer sends one row per (from,
 * entity). So no lookup of existing relationships on hot entities, and no lock on their nodes that
 * MERGE takes when it does not find the relationship.
 */
function mentionsStatement(label: 'Article' | 'Comment'): string {
  return `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (t:${label} {id: row.from})
MATCH (e:Entity {id: row.entityId})
CREATE (t)-[:MENTIONS {count: row.count, spans: row.spans, surfaces: row.surfaces}]->(e)`;
}

export const CREATE_ARTICLE_MENTIONS = mentionsStatement('Article');
export const CREATE_COMMENT_MENTIONS = mentionsStatement('Comment');

/** CREATE: CLEAR_ARTICLE_FACTS removed the article's old citations, and rows are unique per article. */
export const MERGE_CITES = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (s:Entity {id: row.sourceId})
CREATE (a)-[:CITES {role: row.role, title: row.title, url: row.url}]->(s)`;

export const MERGE_PUBLISHED_BY = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (s:Entity {id: row.sourceId})
MERGE (a)-[:PUBLISHED_BY]->(s)`;

/** The target may not be ingested (yet): a stub Article with only id, url and title. */
export const MERGE_RELATED = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (t:Article {id: row.targetId})
ON CREATE SET t.url = row.url, t.title = row.title
MERGE (a)-[r:RELATED_TO]->(t)
SET r.title = row.title`;

export const MERGE_LOCATED_IN = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (l:Entity {id: row.locationId})
MERGE (c:Entity {id: row.countryId})
ON CREATE SET c:Country, c.kind = 'country', c.name = row.countryName, c.nameEn = row.countryName,
  c.nameJa = row.countryNameJa, c.aliases = [x IN [row.countryName, row.countryNameJa] WHERE x IS NOT NULL],
  c.aliasText = reduce(s = '', x IN [x IN [row.countryName, row.countryNameJa] WHERE x IS NOT NULL] |
    s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x)
MERGE (l)-[:LOCATED_IN]->(c)`;

/**
 * The pair key of a co-occurrence edge (unique: graph/schema.ts), from two Cypher expressions for
 * the smaller and the larger entity id. The length prefix keeps it unambiguous whatever the ids hold.
 */
export function cooccurrenceKey(a: string, b: string): string {
  return `toString(size(${a})) + ':' + ${a} + ${b}`;
}

/**
 * Rows grouped by the smaller entity (`group.a`, `group.pairs`): one lookup of it for all its pairs.
 * `weight` is a counter moved by exact deltas (graph/rows.ts cooccurrenceDeltas), and the edge is
 * found by its key through the unique index: O(log n) per pair whatever the corpus size and however
 * many neighbours the two entities have. This statement takes the positive deltas (every pair of a
 * new article), so it never deletes, which spares the plan two Eager steps over all its rows.
 */
const APPLY_COOCCURRENCE_DELTAS = `${KEEP_PLAN}
UNWIND $rows AS group
MATCH (x:Entity {id: group.a})
UNWIND group.pairs AS row
MATCH (y:Entity {id: row.b})
MERGE (x)-[r:CO_OCCURS_WITH {key: ${cooccurrenceKey('group.a', 'row.b')}}]->(y)
SET r.weight = coalesce(r.weight, 0) + row.delta`;

export const UPDATE_COOCCURRENCE = APPLY_COOCCURRENCE_DELTAS;

/**
 * The negative deltas (pairs an edited article no longer says): an edge whose weight reaches 0 goes.
 * MERGE, not MATCH: its locking seek waits for a concurrent writer lowering the same edge, so the
 * second one never touches an edge the first deleted.
 */
export const LOWER_COOCCURRENCE = `${APPLY_COOCCURRENCE_DELTAS}
WITH r WHERE r.weight <= 0
DELETE r`;

/** Sorted insert of article ids, so a role's `articles` is the same list whatever the order of ingest. */
const CONTRIBUTIONS = `reduce(acc = [x IN coalesce(r.articles, []) WHERE NOT x IN row.remove], x IN row.add |
  CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END)`;

export const UPDATE_ROLES = `
UNWIND $rows AS row
MATCH (p:Entity {id: row.personId})
MATCH (o:Entity {id: row.ofId})
MERGE (p)-[r:HOLDS_ROLE]->(o)
WITH r, row, ${CONTRIBUTIONS} AS articles
SET r.articles = articles,
    r.title = CASE WHEN size(row.add) > 0 THEN coalesce(row.title, r.title) ELSE r.title END,
    r.titleJa = CASE WHEN size(row.add) > 0 THEN coalesce(row.titleJa, r.titleJa) ELSE r.titleJa END
WITH r WHERE size(r.articles) = 0
DELETE r`;

/** firstSeen / lastSeen: the dates of the articles that say it, recomputed after every change. */
export const REFRESH_ROLE_DATES = `
UNWIND $rows AS row
MATCH (:Entity {id: row.personId})-[r:HOLDS_ROLE]->(:Entity {id: row.ofId})
CALL (r) {
  UNWIND r.articles AS articleId
  MATCH (a:Article {id: articleId})
  RETURN min(left(a.publishedAt, 10)) AS firstSeen, max(left(a.publishedAt, 10)) AS lastSeen
}
SET r.firstSeen = firstSeen, r.lastSeen = lastSeen`;

/**
 * Entities that an edit left with nothing but their own LOCATED_IN, and then the countries that
 * only such a LOCATED_IN had brought in: the graph is then what a fresh ingest would give.
 */
export const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)-[r]-() WHERE NOT (type(r) = 'LOCATED_IN' AND startNode(r) = e) }
OPTIONAL MATCH (e)-[:LOCATED_IN]->(c:Entity)
WITH collect(DISTINCT e) AS gone, collect(DISTINCT c) AS countries
FOREACH (n IN gone | DETACH DELETE n)
WITH countries
UNWIND countries AS c
WITH c WHERE NOT EXISTS { (c)--() }
DELETE c`;

/** Stub articles (never ingested themselves) that no article links to any more. */
export const DELETE_ORPHAN_STUBS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.contentHash IS NULL AND NOT (a)--()
DELETE a`;
