/**
 * Entity and link rows ↔ the payload's columns. Columns parse faster in the page (a few long
 * arrays instead of 10k small objects with repeated keys) and links name their ends by row
 * number, so building the graph needs no id lookups.
 */
import type { ArticleBucket, GraphEdge, GraphNode, GraphPayload } from './api-types.js';

/** Rows → columns; a link whose ends are not both among the nodes is left out. */
export function toColumns(nodes: readonly GraphNode[], edges: readonly GraphEdge[], buckets: ArticleBucket[]): GraphPayload {
  const row = new Map(nodes.map((n, i) => [n.id, i]));
  const payload: GraphPayload = {
    nodes: {
      id: nodes.map((n) => n.id),
      kind: nodes.map((n) => n.kind),
      name: nodes.map((n) => n.name),
      nameEn: nodes.map((n) => n.nameEn),
      nameJa: nodes.map((n) => n.nameJa),
      mentions: nodes.map((n) => n.mentions),
      x: nodes.map((n) => n.x),
      y: nodes.map((n) => n.y),
      activity: nodes.map((n) => n.activity),
    },
    edges: { source: [], target: [], weight: [] },
    buckets,
  };
  for (const edge of edges) {
    const source = row.get(edge.source);
    const target = row.get(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    payload.edges.source.push(source);
    payload.edges.target.push(target);
    payload.edges.weight.push(edge.weight);
  }
  return payload;
}

/** Row i of the node columns, as a fresh object the caller may change. */
export function nodeAt(c: GraphPayload['nodes'], i: number): GraphNode {
  return {
    id: c.id[i]!,
    kind: c.kind[i]!,
    name: c.name[i]!,
    nameEn: c.nameEn[i] ?? null,
    nameJa: c.nameJa[i] ?? null,
    mentions: c.mentions[i]!,
    activity: c.activity[i] ?? null,
    x: c.x[i]!,
    y: c.y[i]!,
  };
}

/** Columns → rows (tests, and whoever reads the payload by entity). */
export function nodeRows(payload: GraphPayload): GraphNode[] {
  return payload.nodes.id.map((_, i) => nodeAt(payload.nodes, i));
}

export function edgeRows(payload: GraphPayload): GraphEdge[] {
  const ids = payload.nodes.id;
  const e = payload.edges;
  return e.source.map((s, i) => ({ source: ids[s]!, target: ids[e.target[i]!]!, weight: e.weight[i]! }));
}

/** (day, site) pairs → bucket indices, in order of first sight. */
export class BucketIndex {
  readonly buckets: ArticleBucket[] = [];
  private readonly index = new Map<string, number>();

  of(day: string | null, site: string | null): number {
    const key = `${day ?? ''}\u0000${site ?? ''}\u0000${day === null ? 0 : 1}${site === null ? 0 : 1}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.buckets.length;
      this.index.set(key, i);
      this.buckets.push({ day, site });
    }
    return i;
  }
}

/** Per-bucket article counts → the flat, bucket-ascending activity list (counts of one bucket summed). */
export function activityOf(counts: ReadonlyArray<readonly [bucket: number, articles: number]>): number[] {
  const sum = new Map<number, number>();
  for (const [bucket, articles] of counts) if (articles > 0) sum.set(bucket, (sum.get(bucket) ?? 0) + articles);
  return [...sum.entries()].sort((a, b) => a[0] - b[0]).flat();
}
