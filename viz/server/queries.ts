/** The explorer's Cypher, as named constants with $parameters (docs/schema.md is the contract). */


/**
 * The most-mentioned entities. "Mentions" here is the number of texts (article bodies and comments)
 * that mention the entity: the degree of its MENTIONS, which Neo4j keeps per dense node, so the
 * count does not read every relationship of a hot entity.
 */
export const OVERVIEW_NODES = `
MATCH (e:Entity)
WITH e, COUNT { (e)<-[:MENTIONS]-() } AS mentions
WHERE mentions > 0
ORDER BY mentions DESC, e.id ASC
LIMIT $limit
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.nameEn AS nameEn, e.nameJa AS nameJa, mentions`;

export const EDGES_AMONG = `
MATCH (a:Entity)-[r:CO_OCCURS_WITH]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a.id AS source, b.id AS target, r.weight AS weight`;

/**
 * Per entity, how many articles of each (day, publisher) mention it in the body or the comments:
 * the time slider's and the source filter's data, a few rows per entity whatever the corpus size.
 * Reads every text that mentions the entity, so the app asks for it apart from the neighbourhood.
 */
export const ACTIVITY = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(src)
  OPTIONAL MATCH (src:Comment)-[:COMMENTS_ON]->(parent:Article)
  WITH DISTINCT coalesce(parent, src) AS a
  RETURN left(a.publishedAt, 10) AS day, a.site AS site, count(*) AS articles
}
RETURN e.id AS id, day, site, articles`;

/** Cheap counts (from the count store) that change when an ingest changes the graph. */
export const GRAPH_FINGERPRINT = `
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
CALL () { MATCH ()-[r:CO_OCCURS_WITH]->() RETURN count(r) AS pairs }
RETURN entities, articles, mentions, pairs`;

export const ENTITY = `
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[r:HOLDS_ROLE]->(o:Entity)
WITH e, collect(CASE WHEN r IS NULL THEN null ELSE {
  title: r.title, titleJa: r.titleJa, firstSeen: r.firstSeen, lastSeen: r.lastSeen,
  ofId: o.id, ofName: o.name, ofNameJa: o.nameJa } END) AS roles
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.nameEn AS nameEn, e.nameJa AS nameJa,
       coalesce(e.aliases, []) AS aliases, roles`;

export const ENTITY_TIMELINE = `
MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(src)
OPTIONAL MATCH (src)-[:COMMENTS_ON]->(parent:Article)
WITH m, coalesce(parent, src) AS a
WITH substring(a.publishedAt, 0, 10) AS day, sum(m.count) AS mentions
WHERE day IS NOT NULL
RETURN day, mentions ORDER BY day`;

/** The texts that mention an entity, newest article first, articles before their comments. */
export const ENTITY_MENTIONS = `
MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(src)
OPTIONAL MATCH (src)-[:COMMENTS_ON]->(parent:Article)
WITH src, m, coalesce(parent, src) AS a, src:Comment AS isComment
RETURN CASE WHEN isComment THEN 'comment' ELSE 'article' END AS where,
       src.id AS sourceId, a.id AS articleId, a.title AS articleTitle, a.url AS articleUrl,
       a.publishedAt AS publishedAt, src.author AS author,
       CASE WHEN isComment THEN src.text ELSE src.body END AS text,
       coalesce(m.spans, []) AS spans
ORDER BY publishedAt IS NULL, publishedAt DESC, articleId, isComment, sourceId
LIMIT $limit`;

/**
 * The strongest links of an entity, by an ordered, limited scan of its CO_OCCURS_WITH (as many as
 * it has co-occurring entities, not articles): the first pass reads only the weights and finds the
 * limit-th heaviest; only links at least that heavy have their other end read, for the tie order.
 * Each neighbour's mentions come from its degree. Nothing here grows with the number of articles.
 */
export const NEIGHBOURS = `
MATCH (e:Entity {id: $id})-[r:CO_OCCURS_WITH]-()
WITH e, r.weight AS w ORDER BY w DESC LIMIT $limit
WITH e, min(w) AS floor
MATCH (e)-[r:CO_OCCURS_WITH]-(n)
WHERE r.weight >= floor
WITH n, r ORDER BY r.weight DESC, n.id ASC LIMIT $limit
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn, n.nameJa AS nameJa,
       COUNT { (n)<-[:MENTIONS]-() } AS mentions, r.weight AS weight, startNode(r).id AS source, endNode(r).id AS target`;

export const ENTITY_SUMMARY = `
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.nameEn AS nameEn, e.nameJa AS nameJa,
       COUNT { (e)<-[:MENTIONS]-() } AS mentions`;

/** Exact matches on names and aliases, case-insensitive for Latin script: a scan, the slow path. */
export const SEARCH_EXACT = `
MATCH (e:Entity)
WITH e, [x IN [e.name, e.nameEn, e.nameJa] + coalesce(e.aliases, []) WHERE x IS NOT NULL AND toLower(x) = toLower($q)] AS hits
WHERE size(hits) > 0
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.nameEn AS nameEn, e.nameJa AS nameJa, hits[0] AS matched, 100.0 AS score
LIMIT $limit`;

/** Full-text candidates, each with the name or alias that equals the text, when one does. */
export const SEARCH_FULLTEXT = `
CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $candidates}) YIELD node, score
WITH node, score, [x IN [node.name, node.nameEn, node.nameJa] + coalesce(node.aliases, []) WHERE x IS NOT NULL AND toLower(x) = toLower($q)] AS hits
RETURN node.id AS id, node.kind AS kind, node.name AS name, node.nameEn AS nameEn, node.nameJa AS nameJa,
       hits[0] AS matched, CASE WHEN size(hits) > 0 THEN 100.0 ELSE score END AS score
ORDER BY score DESC`;

export const TIMELINE = `
MATCH (a:Article) WHERE a.publishedAt IS NOT NULL
WITH substring(a.publishedAt, 0, 10) AS day
RETURN day, count(*) AS articles ORDER BY day`;
