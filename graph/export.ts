/**
 * Export for Gephi and scripts: entities and their co-occurrence (optionally the articles that
 * mention them), the whole graph or the neighbourhood of one entity, as GEXF (graphology-gexf),
 * GraphML (written with fast-xml-parser's builder, which escapes) or graphology's JSON.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { UndirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { Driver } from 'neo4j-driver';
import { ConfigError } from '../src/errors.js';

export type ExportFormat = 'gexf' | 'graphml' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['gexf', 'graphml', 'json'];
export const MAX_DEPTH = 3;

export interface ExportOptions {
  /** Only this entity and the entities within `depth` co-occurrence steps of it. */
  entity?: string;
  depth?: number;
  /** Add the articles that mention the exported entities, with MENTIONS edges. */
  articles?: boolean;
  /** Leave out co-occurrence below this weight. */
  minWeight?: number;
}

export interface EntityNodeRow {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  nameJa: string | null;
  articles: number;
}

export interface CooccurrenceRow {
  source: string;
  target: string;
  weight: number;
}

export interface ArticleNodeRow {
  id: string;
  title: string | null;
  lang: string | null;
  publishedAt: string | null;
}

export interface MentionEdgeRow {
  article: string;
  entity: string;
  count: number;
}

export interface ExportRows {
  entities: EntityNodeRow[];
  cooccurrence: CooccurrenceRow[];
  articles: ArticleNodeRow[];
  mentions: MentionEdgeRow[];
}

export const READ_EXPORT_ENTITIES = `
MATCH (e:Entity)
WHERE $ids IS NULL OR e.id IN $ids
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.nameEn AS nameEn, e.nameJa AS nameJa,
       COUNT { (a:Article)-[:MENTIONS]->(e) } AS articles
ORDER BY id`;

export const READ_EXPORT_COOCCURRENCE = `
MATCH (a:Entity)-[r:CO_OCCURS_WITH]->(b:Entity)
WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids)) AND r.weight >= $minWeight
RETURN a.id AS source, b.id AS target, r.weight AS weight
ORDER BY source, target`;

export const READ_EXPORT_ARTICLES = `
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WHERE $ids IS NULL OR e.id IN $ids
RETURN a.id AS article, e.id AS entity, m.count AS count, a.title AS title, a.lang AS lang, a.publishedAt AS publishedAt
ORDER BY article, entity`;

/** The entity and everything within `depth` co-occurrence steps (depth is validated, then a literal). */
export function neighbourhoodQuery(depth: number): string {
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) throw new ConfigError(`--depth ${depth} must be a whole number from 0 to ${MAX_DEPTH}.`);
  return `
MATCH (c:Entity {id: $id})
OPTIONAL MATCH (c)-[:CO_OCCURS_WITH*1..${Math.max(depth, 1)}]-(e:Entity)
WITH c, collect(DISTINCT e.id) AS ids
RETURN CASE WHEN $depth = 0 THEN [c.id] ELSE [c.id] + [x IN ids WHERE x <> c.id] END AS ids`;
}

export async function readExportRows(driver: Driver, options: ExportOptions = {}, database?: string): Promise<ExportRows> {
  const read = (query: string, params: Record<string, unknown>) => driver.executeQuery(query, params, { database, routing: 'READ' });
  let ids: string[] | null = null;
  if (options.entity !== undefined) {
    const depth = options.depth ?? 1;
    const { records } = await read(neighbourhoodQuery(depth), { id: options.entity, depth });
    if (records.length === 0) {
      throw new ConfigError(`There is no entity with id ${options.entity} in the graph.`, {
        hint: 'Find ids with: npx newsgraph query "MATCH (e:Entity) WHERE e.name CONTAINS \'Biden\' RETURN e.id, e.name"',
      });
    }
    ids = records[0]!.get('ids') as string[];
  }
  const entities = (await read(READ_EXPORT_ENTITIES, { ids })).records.map((r) => r.toObject() as EntityNodeRow);
  const cooccurrence = (await read(READ_EXPORT_COOCCURRENCE, { ids, minWeight: options.minWeight ?? 1 })).records.map((r) => r.toObject() as CooccurrenceRow);
  const articles = new Map<string, ArticleNodeRow>();
  const mentions: MentionEdgeRow[] = [];
  if (options.articles) {
    for (const r of (await read(READ_EXPORT_ARTICLES, { ids })).records) {
      const row = r.toObject() as MentionEdgeRow & ArticleNodeRow & { article: string };
      articles.set(row.article, { id: row.article, title: row.title, lang: row.lang, publishedAt: row.publishedAt });
      mentions.push({ article: row.article, entity: row.entity, count: row.count });
    }
  }
  return { entities, cooccurrence, articles: [...articles.values()], mentions };
}

/**
 * The rows as a graphology graph: entity nodes keyed by id; co-occurrence and article–entity
 * mentions as undirected edges told apart by their `kind` (Gephi lays out both alike).
 */
export function toGraph(rows: ExportRows): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const e of rows.entities) {
    graph.addNode(e.id, { label: e.name, kind: e.kind, nameEn: e.nameEn ?? '', nameJa: e.nameJa ?? '', articles: e.articles });
  }
  for (const c of rows.cooccurrence) {
    if (graph.hasNode(c.source) && graph.hasNode(c.target)) graph.addEdgeWithKey(`co:${c.source}|${c.target}`, c.source, c.target, { kind: 'CO_OCCURS_WITH', weight: c.weight });
  }
  for (const a of rows.articles) {
    graph.addNode(a.id, { label: a.title ?? a.id, kind: 'article', lang: a.lang ?? '', publishedAt: a.publishedAt ?? '' });
  }
  for (const m of rows.mentions) {
    if (graph.hasNode(m.article) && graph.hasNode(m.entity)) graph.addEdgeWithKey(`m:${m.article}|${m.entity}`, m.article, m.entity, { kind: 'MENTIONS', weight: m.count });
  }
  return graph;
}

type AttrType = 'string' | 'int' | 'double';

function attributeTypes(items: Iterable<Record<string, unknown>>): Map<string, AttrType> {
  const types = new Map<string, AttrType>();
  for (const attrs of items) {
    for (const [name, value] of Object.entries(attrs)) {
      const type: AttrType = typeof value === 'number' ? (Number.isInteger(value) && types.get(name) !== 'double' ? 'int' : 'double') : 'string';
      const seen = types.get(name);
      types.set(name, seen && seen !== type ? 'string' : type);
    }
  }
  return types;
}

/** GraphML 1.0, as Gephi, yEd and NetworkX read it. */
export function writeGraphml(graph: UndirectedGraph): string {
  const nodeTypes = attributeTypes(graph.mapNodes((_, a) => a));
  const edgeTypes = attributeTypes(graph.mapEdges((_, a) => a));
  const keyId = (domain: 'n' | 'e', name: string) => `${domain}_${name}`;
  const keys = [
    ...[...nodeTypes].map(([name, type]) => ({ '@_id': keyId('n', name), '@_for': 'node', '@_attr.name': name, '@_attr.type': type })),
    ...[...edgeTypes].map(([name, type]) => ({ '@_id': keyId('e', name), '@_for': 'edge', '@_attr.name': name, '@_attr.type': type })),
  ];
  const data = (domain: 'n' | 'e', attrs: Record<string, unknown>) =>
    Object.entries(attrs).map(([name, value]) => ({ '@_key': keyId(domain, name), '#text': String(value) }));
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: keys,
      graph: {
        '@_id': 'newsgraph',
        '@_edgedefault': 'undirected',
        node: graph.mapNodes((id, attrs) => ({ '@_id': id, data: data('n', attrs) })),
        edge: graph.mapEdges((id, attrs, source, target) => ({
          '@_id': id,
          '@_source': source,
          '@_target': target,
          data: data('e', attrs),
        })),
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true, processEntities: true });
  return builder.build(doc) as string;
}

export function serializeGraph(graph: UndirectedGraph, format: ExportFormat): string {
  switch (format) {
    case 'gexf':
      return writeGexf(graph, {
        formatNode: (_key, attrs) => {
          const { label, ...rest } = attrs as Record<string, unknown>;
          return { label: String(label), attributes: rest };
        },
        formatEdge: (_key, attrs) => {
          const { weight, ...rest } = attrs as Record<string, unknown>;
          return { weight: Number(weight), attributes: rest };
        },
      });
    case 'graphml':
      return writeGraphml(graph);
    case 'json':
      return `${JSON.stringify(graph.export(), null, 2)}\n`;
  }
}
