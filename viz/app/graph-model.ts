/**
 * The explorer's graphology graph: canonical data only (ids, names, kind, mentions, where they are
 * mentioned, positions). What is drawn is derived in reducers.ts; nothing display-only lives here.
 * Node keys are small integers ("0", "1", …) with the entity id as an attribute: graphology keeps
 * each node's neighbours in an object keyed by neighbour key, and V8 stores integer-like keys as
 * elements, where string ids such as "person:joe-biden" cost a new hidden class per neighbour
 * (inserting 50k links was about 40 % slower).
 */
import { UndirectedGraph } from 'graphology';
import type { ActivityPayload, ArticleBucket, EntityKind, GraphPayload } from '../shared/api-types.js';
import { nodeAt } from '../shared/columns.js';

/** An entity: the id is an attribute, the node key only an index. */
export interface EntityAttributes {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  nameJa: string | null;
  mentions: number;
  /** [bucket, articles, …] over BucketTable's buckets, ascending; null until GET /api/activity answers. */
  activity: number[] | null;
  x: number;
  y: number;
}

/** A link holds its weight only: its articles are those its two entities share. */
export interface LinkAttributes {
  weight: number;
}

export type ExplorerGraph = UndirectedGraph<EntityAttributes, LinkAttributes>;

/** (day, publisher) buckets from every payload, with indices that stay stable as payloads are merged. */
export class BucketTable {
  readonly buckets: ArticleBucket[] = [];
  private readonly index = new Map<string, number>();

  /** Adds a payload's buckets and returns its local index → table index mapping. */
  absorb(buckets: readonly ArticleBucket[]): number[] {
    return buckets.map((bucket) => {
      const key = JSON.stringify([bucket.day, bucket.site]);
      let i = this.index.get(key);
      if (i === undefined) {
        i = this.buckets.length;
        this.index.set(key, i);
        this.buckets.push(bucket);
      }
      return i;
    });
  }
}

/** A payload's activity list with its buckets renumbered to the table's, ascending again. */
export function remapActivity(activity: readonly number[], remap: readonly number[]): number[] {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < activity.length; i += 2) {
    const bucket = remap[activity[i]!];
    if (bucket !== undefined) pairs.push([bucket, activity[i + 1]!]);
  }
  // Already ascending when the table took the payload's buckets in order (the first overview).
  if (pairs.some((p, i) => i > 0 && p[0] < pairs[i - 1]![0])) pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
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

/** A name for the link between two entities, whichever way round (tests read links by it). */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function createGraph(): ExplorerGraph {
  return new UndirectedGraph<EntityAttributes, LinkAttributes>();
}

/**
 * Adds a payload's entities and links (columns). Entities already present keep their position and
 * data; new ones take the payload's position, or ring around `around` when given (an expanded
 * neighbourhood). Returns the ids added.
 */
export function mergePayload(
  graph: ExplorerGraph,
  table: BucketTable,
  keys: EntityKeys,
  payload: GraphPayload,
  around?: { x: number; y: number; radius: number },
): string[] {
  const remap = table.absorb(payload.buckets);
  // The first payload's buckets keep their numbers: its activity lists are taken as they are.
  const same = remap.every((to, from) => to === from);
  const c = payload.nodes;
  const added: string[] = [];
  const rowKeys: string[] = new Array(c.id.length);
  const fresh: number[] = [];
  for (let i = 0; i < c.id.length; i++) {
    const known = keys.keyOf(c.id[i]!);
    if (known === undefined) fresh.push(i);
    else rowKeys[i] = known;
  }
  fresh.forEach((i, n) => {
    const node = nodeAt(c, i);
    const angle = (2 * Math.PI * n) / Math.max(1, fresh.length);
    if (node.activity && !same) node.activity = remapActivity(node.activity, remap);
    if (around) {
      node.x = around.x + around.radius * Math.cos(angle);
      node.y = around.y + around.radius * Math.sin(angle);
    }
    const key = keys.add(node.id);
    rowKeys[i] = key;
    graph.addNode(key, node);
    added.push(node.id);
  });
  const e = payload.edges;
  for (let j = 0; j < e.source.length; j++) {
    const source = rowKeys[e.source[j]!];
    const target = rowKeys[e.target[j]!];
    if (source === undefined || target === undefined || source === target || graph.hasEdge(source, target)) continue;
    // Integer-like keys, like the node keys: sigma indexes its per-edge caches by key in plain objects.
    graph.addEdgeWithKey(String(graph.size), source, target, { weight: e.weight[j]! });
  }
  return added;
}

/** Fills in the activity GET /api/activity sent (entities that already have one keep it). */
export function mergeActivity(graph: ExplorerGraph, table: BucketTable, keys: EntityKeys, payload: ActivityPayload): void {
  const remap = table.absorb(payload.buckets);
  payload.ids.forEach((id, i) => {
    const key = keys.keyOf(id);
    if (key === undefined || graph.getNodeAttribute(key, 'activity') !== null) return;
    graph.setNodeAttribute(key, 'activity', remapActivity(payload.activity[i]!, remap));
  });
}

/** Entities whose activity has not come yet. */
export function withoutActivity(graph: ExplorerGraph): string[] {
  return graph.filterNodes((_, a) => a.activity === null).map((key) => graph.getNodeAttribute(key, 'id'));
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
