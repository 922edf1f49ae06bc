/**
 * The explorer's graphology graph: canonical data only (ids, names, kind, mentions, where they are
 * mentioned, positions). What is drawn is derived in reducers.ts; nothing display-only lives here.
 * Node keys are small integers ("0", "1", …) with the entity id as an attribute: graphology keeps
 * each node's neighbours in an object keyed by neighbour key, and V8 stores integer-like keys as
 * elements, where string ids such as "person:joe-biden" cost a new hidden class per neighbour
 * (inserting 50k links was about 40 % slower).
 */
import { UndirectedGraph } from 'graphology';
import type { ArticleStamp, GraphNode, GraphPayload } from '../shared/api-types.js';

/** A node as the API sends it: the entity id is an attribute, the node key only an index. */
export type EntityAttributes = GraphNode;

/** A link holds its weight only: its articles are those its two entities share. */
export interface LinkAttributes {
  weight: number;
}

export type ExplorerGraph = UndirectedGraph<EntityAttributes, LinkAttributes>;

/** Article stamps from every payload, with indices that stay stable as payloads are merged. */
export class ArticleTable {
  readonly stamps: ArticleStamp[] = [];
  private readonly index = new Map<string, number>();

  /** Adds a payload's articles and returns its local index → table index mapping. */
  absorb(articles: readonly ArticleStamp[]): number[] {
    return articles.map((stamp) => {
      let i = this.index.get(stamp.id);
      if (i === undefined) {
        i = this.stamps.length;
        this.index.set(stamp.id, i);
        this.stamps.push(stamp);
      }
      return i;
    });
  }
}

/** Entity id ↔ node key. */
export class EntityKeys {
  private readonly byId = new Map<string, string>();

  keyOf(id: string): string | undefined {
    return this.byId.get(id);
  }

  add(id: string): string {
    let key = this.byId.get(id);
    if (key === undefined) {
      key = String(this.byId.size);
      this.byId.set(id, key);
    }
    return key;
  }
}

export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function createGraph(): ExplorerGraph {
  return new UndirectedGraph<EntityAttributes, LinkAttributes>();
}

/**
 * Adds a payload's entities and links. Entities already present keep their position; new ones
 * take the payload's position, or ring around `around` when given (an expanded neighbourhood).
 */
export function mergePayload(
  graph: ExplorerGraph,
  table: ArticleTable,
  keys: EntityKeys,
  payload: GraphPayload,
  around?: { x: number; y: number; radius: number },
): string[] {
  const remap = table.absorb(payload.articles);
  const toTable = (local: readonly number[]) => {
    const out: number[] = [];
    for (const i of local) {
      const mapped = remap[i];
      if (mapped !== undefined) out.push(mapped);
    }
    // Sorted, so two entities' shared articles are found by one merge (visibility.ts).
    return out.sort((a, b) => a - b);
  };
  const added: string[] = [];
  const fresh = payload.nodes.filter((n) => keys.keyOf(n.id) === undefined);
  fresh.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
    const position = around ? { x: around.x + around.radius * Math.cos(angle), y: around.y + around.radius * Math.sin(angle) } : { x: node.x, y: node.y };
    graph.addNode(keys.add(node.id), {
      id: node.id,
      ...position,
      kind: node.kind,
      name: node.name,
      nameEn: node.nameEn,
      nameJa: node.nameJa,
      mentions: node.mentions,
      articles: toTable(node.articles),
    });
    added.push(node.id);
  });
  for (const edge of payload.edges) {
    const source = keys.keyOf(edge.source);
    const target = keys.keyOf(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    const key = edgeKey(source, target);
    if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, { weight: edge.weight });
  }
  return added;
}

/** Half the larger side of the bounding box of all positions (how far a ring of neighbours goes). */
export function graphExtent(graph: ExplorerGraph): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  return Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1) / 2 : 1;
}
