/**
 * What the API needs from the graph, and its Neo4j implementation: every read is a named,
 * parameterized query from queries.ts run with executeQuery in READ routing.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type {
  ActivityPayload,
  EntityDetails,
  EntityKind,
  GraphEdge,
  GraphNode,
  GraphPayload,
  Overview,
  QueryResult,
  Role,
  SearchHit,
  SentenceHit,
  TimelineDay,
} from '../shared/api-types.js';
import { activityOf, BucketIndex, toColumns } from '../shared/columns.js';
import { safeHttpUrl } from '../shared/safe-url.js';
import { computeLayout, spiral } from './layout.js';
import { luceneQuery } from './lucene.js';
import * as Q from './queries.js';
import { runReadOnly } from './read-only.js';
import { cutSentences, parseSpan } from './sentences.js';
import { toQueryValue } from './values.js';

export interface ExplorerData {
  overview(limit: number): Promise<Overview>;
  entity(id: string, maxSentences: number): Promise<EntityDetails | null>;
  neighbours(id: string, limit: number): Promise<GraphPayload | null>;
  /** Articles per (day, publisher) of each entity, for the filters: asked for apart from a neighbourhood. */
  activity(ids: string[]): Promise<ActivityPayload>;
  search(q: string, limit: number): Promise<SearchHit[]>;
  timeline(): Promise<TimelineDay[]>;
  query(cypher: string, params: Record<string, unknown>): Promise<QueryResult>;
}

const KINDS = new Set<EntityKind>(['person', 'country', 'location', 'organization', 'source']);

export function kindOf(raw: unknown): EntityKind {
  return typeof raw === 'string' && KINDS.has(raw as EntityKind) ? (raw as EntityKind) : 'organization';
}

export function dayOf(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : null;
}

const str = (raw: unknown): string | null => (typeof raw === 'string' && raw !== '' ? raw : null);
const num = (raw: unknown): number => (typeof raw === 'number' ? raw : neo4j.isInt(raw) ? (raw as { toNumber(): number }).toNumber() : Number(raw ?? 0) || 0);

/** One entity row of the overview or neighbourhood queries → a node placed at `at`. */
function nodeOf(r: { get(key: string): unknown }, at: { x: number; y: number }): GraphNode {
  const id = r.get('id') as string;
  return {
    id,
    kind: kindOf(r.get('kind')),
    name: str(r.get('name')) ?? id,
    nameEn: str(r.get('nameEn')),
    nameJa: str(r.get('nameJa')),
    mentions: num(r.get('mentions')),
    activity: null,
    ...at,
  };
}

const edgeOf = (r: { get(key: string): unknown }): GraphEdge => ({
  source: r.get('source') as string,
  target: r.get('target') as string,
  weight: num(r.get('weight')),
});

export interface Neo4jDataOptions {
  database?: string;
  maxConsoleRows?: number;
  consoleTimeoutMs?: number;
}

export function neo4jData(driver: Driver, options: Neo4jDataOptions = {}): ExplorerData {
  const database = options.database;
  const read = (cypher: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(cypher, params, { routing: neo4j.routing.READ, database });
  const int = (n: number) => neo4j.int(n);

  /** Each entity's articles per (day, publisher), over one shared bucket index. */
  async function activity(ids: string[], index: BucketIndex): Promise<Map<string, number[]>> {
    const { records } = await read(Q.ACTIVITY, { ids });
    const counts = new Map<string, Array<[number, number]>>();
    for (const r of records) {
      const id = r.get('id') as string;
      const list = counts.get(id) ?? [];
      list.push([index.of(dayOf(r.get('day')), str(r.get('site'))), num(r.get('articles'))]);
      counts.set(id, list);
    }
    return new Map([...counts].map(([id, list]) => [id, activityOf(list)]));
  }

  // One overview per graph state and limit, and one computation of it at a time: clients that ask
  // while it is being computed (a page opened by many at once) wait for that one instead of each
  // running the queries and the layout again.
  let cached: { key: string; overview: Promise<Overview> } | null = null;

  async function computeOverview(limit: number): Promise<Overview> {
    const { records: nodeRows } = await read(Q.OVERVIEW_NODES, { limit: int(limit) });
    const nodes: GraphNode[] = nodeRows.map((r) => nodeOf(r, { x: 0, y: 0 }));
    const ids = nodes.map((n) => n.id);
    const { records: edgeRows } = await read(Q.EDGES_AMONG, { ids });
    const edges = edgeRows.map(edgeOf);
    const index = new BucketIndex();
    const activities = await activity(ids, index);
    const positions = computeLayout({ nodes, edges });
    for (const node of nodes) Object.assign(node, positions.get(node.id), { activity: activities.get(node.id) ?? [] });
    const sites = [...new Set(index.buckets.map((b) => b.site).filter((s): s is string => s !== null))].sort();
    return { ...toColumns(nodes, edges, index.buckets), sites, computedAt: new Date().toISOString() };
  }

  return {
    async overview(limit) {
      const { records: [fp] } = await read(Q.GRAPH_FINGERPRINT);
      const state = fp ? ['entities', 'articles', 'mentions', 'pairs'].map((k) => num(fp.get(k))).join('/') : '';
      const key = `${state}#${limit}`;
      if (cached?.key !== key) {
        const overview = computeOverview(limit);
        cached = { key, overview };
        // A failed computation is not kept: the next request tries again.
        overview.catch(() => {
          if (cached?.overview === overview) cached = null;
        });
      }
      return cached.overview;
    },

    async entity(id, maxSentences) {
      const { records: [row] } = await read(Q.ENTITY, { id });
      if (!row) return null;
      const [{ records: timelineRows }, { records: mentionRows }] = await Promise.all([
        read(Q.ENTITY_TIMELINE, { id }),
        read(Q.ENTITY_MENTIONS, { id, limit: int(maxSentences + 1) }),
      ]);
      const sentences: SentenceHit[] = [];
      let mentions = 0;
      for (const r of mentionRows.slice(0, maxSentences)) {
        const text = str(r.get('text')) ?? '';
        const spans = (r.get('spans') as unknown[]).map(parseSpan).filter((s): s is [number, number] => s !== null);
        mentions += spans.length;
        for (const cut of cutSentences(text, spans)) {
          sentences.push({
            where: r.get('where'),
            sourceId: r.get('sourceId'),
            articleId: str(r.get('articleId')),
            articleTitle: str(r.get('articleTitle')),
            articleUrl: safeHttpUrl(r.get('articleUrl')),
            day: dayOf(r.get('publishedAt')),
            author: str(r.get('author')),
            text: cut.text,
            highlights: cut.highlights,
          });
        }
      }
      const timeline = timelineRows.map((t) => ({ day: t.get('day') as string, mentions: num(t.get('mentions')) }));
      const roles: Role[] = (row.get('roles') as Array<Record<string, unknown>>).map((role) => ({
        title: str(role.title),
        titleJa: str(role.titleJa),
        ofId: str(role.ofId),
        ofName: str(role.ofName),
        ofNameJa: str(role.ofNameJa),
        firstSeen: str(role.firstSeen),
        lastSeen: str(role.lastSeen),
      }));
      return {
        id: row.get('id'),
        kind: kindOf(row.get('kind')),
        name: str(row.get('name')) ?? id,
        nameEn: str(row.get('nameEn')),
        nameJa: str(row.get('nameJa')),
        aliases: (row.get('aliases') as unknown[]).filter((a): a is string => typeof a === 'string'),
        roles,
        mentions: Math.max(mentions, timeline.reduce((sum, t) => sum + t.mentions, 0)),
        timeline,
        sentences,
        truncated: mentionRows.length > maxSentences,
      };
    },

    async neighbours(id, limit) {
      // Two bounded queries at once: the entity (an index seek) and its heaviest links.
      const [{ records: [center] }, { records }] = await Promise.all([read(Q.ENTITY_SUMMARY, { id }), read(Q.NEIGHBOURS, { id, limit: int(limit) })]);
      if (!center) return null;
      const nodes = [nodeOf(center, spiral(0)), ...records.map((r, i) => nodeOf(r, spiral(i + 1)))];
      return toColumns(nodes, records.map(edgeOf), []);
    },

    async activity(ids) {
      const index = new BucketIndex();
      const byId = await activity(ids, index);
      const found = ids.filter((id) => byId.has(id));
      return { ids: found, activity: found.map((id) => byId.get(id)!), buckets: index.buckets };
    },

    async search(q, limit) {
      // The index finds candidates fast; only when none of them is an exact match is every entity scanned.
      let fulltext: Awaited<ReturnType<typeof read>>['records'] = [];
      try {
        ({ records: fulltext } = await read(Q.SEARCH_FULLTEXT, { lucene: luceneQuery(q), q, candidates: int(Math.max(50, limit)) }));
      } catch (error) {
        // A graph written before the schema existed has no entityNames index: the scan still works.
        if (!String((error as { code?: string }).code).includes('ProcedureCallFailed')) throw error;
      }
      const exact = fulltext.some((r) => r.get('matched') !== null) ? [] : (await read(Q.SEARCH_EXACT, { q, limit: int(limit) })).records;
      const hits = new Map<string, SearchHit>();
      for (const r of [...exact, ...fulltext]) {
        const id = r.get('id') as string;
        if (hits.has(id)) continue;
        hits.set(id, {
          id,
          kind: kindOf(r.get('kind')),
          name: str(r.get('name')) ?? id,
          nameEn: str(r.get('nameEn')),
          nameJa: str(r.get('nameJa')),
          matched: str(r.get('matched')),
          score: num(r.get('score')),
        });
      }
      return [...hits.values()].sort((a, b) => b.score - a.score).slice(0, limit);
    },

    async timeline() {
      const { records } = await read(Q.TIMELINE);
      return records.map((r) => ({ day: r.get('day'), articles: num(r.get('articles')) }));
    },

    async query(cypher, params) {
      const run = await runReadOnly(driver, cypher, params, {
        maxRows: options.maxConsoleRows ?? 1_000,
        timeoutMs: options.consoleTimeoutMs ?? 15_000,
        database,
      });
      return {
        columns: run.columns,
        rows: run.records.map((record) => run.columns.map((column) => toQueryValue(record.get(column)))),
        truncated: run.truncated,
        queryType: run.queryType,
      };
    },
  };
}
