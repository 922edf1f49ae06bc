/** The benchmark's generated overview: clustered positions, heavy-tailed mentions and weights, seeded. */
import { ENTITY_KINDS } from '../src/types.js';
import type { ArticleBucket, GraphEdge, GraphNode, Overview } from '../viz/shared/api-types.js';
import { activityOf, toColumns } from '../viz/shared/columns.js';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateOverview(nodeCount: number, edgeCount: number, seed = 7): Overview {
  const rng = seeded(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  // 31 days × 3 publishers, as a month of real news would bucket.
  const buckets: ArticleBucket[] = Array.from({ length: 93 }, (_, i) => ({
    day: `2021-08-${String(1 + (i % 31)).padStart(2, '0')}`,
    site: ['NHK', 'The Guardian', 'Reuters'][i % 3]!,
  }));
  const clusters = Array.from({ length: 24 }, () => ({ x: gaussian() * 400, y: gaussian() * 400 }));
  const clusterOf: number[] = [];
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => {
    const c = Math.floor(rng() * clusters.length);
    clusterOf.push(c);
    return {
      id: `e${i}`,
      kind: ENTITY_KINDS[i % ENTITY_KINDS.length]!,
      name: `Entity ${i}`,
      nameEn: `Entity ${i}`,
      nameJa: `実体${i}`,
      mentions: Math.max(1, Math.floor(1 / (rng() + 0.01))),
      activity: activityOf([[Math.floor(rng() * 93), 1 + Math.floor(rng() * 3)], [Math.floor(rng() * 93), 1]]),
      x: clusters[c]!.x + gaussian() * 60,
      y: clusters[c]!.y + gaussian() * 60,
    };
  });
  const byCluster = clusters.map((_, c) => nodes.filter((_, i) => clusterOf[i] === c).map((n) => n.id));
  const seen = new Set<string>();
  const edges: GraphEdge[] = [];
  while (edges.length < edgeCount) {
    const a = Math.floor(rng() * nodeCount);
    const pool = rng() < 0.8 ? byCluster[clusterOf[a]!]! : null;
    const b = pool ? pool[Math.floor(rng() * pool.length)]! : `e${Math.floor(rng() * nodeCount)}`;
    const source = `e${a}`;
    const key = source < b ? `${source}|${b}` : `${b}|${source}`;
    if (source === b || seen.has(key)) continue;
    seen.add(key);
    edges.push({ source, target: b, weight: Math.max(1, Math.floor(1 / (rng() + 0.05))) });
  }
  return { ...toColumns(nodes, edges, buckets), sites: ['NHK', 'Reuters', 'The Guardian'], computedAt: new Date().toISOString() };
}

