/** The explorer's Cypher, as named constants with $parameters (docs/schema.md is the contract). */


export const OVERVIEW_NODES = `
MATCH (e:Entity)<-[m:MENTIONS]-()
WITH e, sum(m.count) AS mentions
ORDER BY mentions DESC, e.id ASC
LIMIT $limit
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(src)
  RETURN collect(DISTINCT coalesce(src.articleId, src.id)) AS articleIds
}
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.nameEn AS nameEn, e.nameJa AS nameJa, mentions, articleIds`;

export const EDGES_AMONG = `
MATCH (a:Entity)-[r:CO_OCCURS_WITH]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a.id AS source, b.id AS target, r.weight AS weight`;

export const ARTICLE_STAMPS = `
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.publishedAt AS publishedAt, a.site AS site`;

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
 * The strongest links of an entity, each neighbour with the articles that mention it: the app
 * derives a link's articles from its two ends (CO_OCCURS_WITH keeps only the weight).
 */
export const NEIGHBOURS = `
MATCH (e:Entity {id: $id})-[r:CO_OCCURS_WITH]-(n:Entity)
WITH n, r ORDER BY r.weight DESC, n.id ASC LIMIT $limit
CALL (n) {
  MATCH (n)<-[m:MENTIONS]-(src)
  RETURN sum(m.count) AS mentions, collect(DISTINCT coalesce(src.articleId, src.id)) AS articleIds
}
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn, n.nameJa AS nameJa,
       mentions, articleIds, r.weight AS weight, startNode(r).id AS source, endNode(r).id AS target`;

export const ENTITY_SUMMARY = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)<-[m:MENTIONS]-(src)
  RETURN sum(m.count) AS mentions, collect(DISTINCT coalesce(src.articleId, src.id)) AS articleIds
}
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.nameEn AS nameEn, e.nameJa AS nameJa, mentions, articleIds`;

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
