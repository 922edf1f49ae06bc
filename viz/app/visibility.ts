/**
 * Which entities and links the filters let through. Pure: plain attributes, article buckets and
 * the filters state in, booleans and weights out.
 */
import type { ArticleBucket, EntityKind } from '../shared/api-types.js';
import type { FiltersState } from './state/filters.js';

export function articleFiltersActive(filters: FiltersState): boolean {
  return filters.range !== null || filters.sites !== null;
}

/** Whether the articles of one (day, publisher) bucket pass the time range and the source filter. */
export function bucketPasses(bucket: ArticleBucket | undefined, filters: FiltersState): boolean {
  if (!bucket) return false;
  if (filters.range) {
    if (bucket.day === null || bucket.day < filters.range.from || bucket.day > filters.range.to) return false;
  }
  if (filters.sites) {
    if (bucket.site === null || !filters.sites.includes(bucket.site)) return false;
  }
  return true;
}

/** [bucket, articles, …] → the pairs whose bucket passes the article filters (still ascending). */
export function passingActivity(activity: readonly number[], filters: FiltersState, buckets: readonly ArticleBucket[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < activity.length; i += 2) {
    if (bucketPasses(buckets[activity[i]!], filters)) out.push(activity[i]!, activity[i + 1]!);
  }
  return out;
}

export interface NodeFacts {
  kind: EntityKind;
  /** null: not known yet (an expanded neighbour before its activity came); it stays shown. */
  activity: readonly number[] | null;
}

export function nodeVisible(node: NodeFacts, filters: FiltersState, buckets: readonly ArticleBucket[]): boolean {
  if (filters.hiddenKinds.includes(node.kind)) return false;
  if (!articleFiltersActive(filters) || node.activity === null) return true;
  return passingActivity(node.activity, filters, buckets).length > 0;
}

/**
 * At most how many articles two entities share, from their activity: in each bucket both are in,
 * no more than the smaller of their two counts. Exact when a bucket holds one article.
 */
export function sharedBound(a: readonly number[], b: readonly number[]): number {
  let i = 0, j = 0, n = 0;
  while (i + 1 < a.length && j + 1 < b.length) {
    if (a[i]! < b[j]!) i += 2;
    else if (a[i]! > b[j]!) j += 2;
    else {
      n += Math.min(a[i + 1]!, b[j + 1]!);
      i += 2;
      j += 2;
    }
  }
  return n;
}

/**
 * A link's weight within the article filters: its whole weight, capped by what its two ends'
 * passing activity allows them to share (CO_OCCURS_WITH does not list its articles). With no
 * article filter, or an end whose activity is not known yet, the stored weight.
 */
export function effectiveWeight(weight: number, filters: FiltersState, passingA: readonly number[] | null, passingB: readonly number[] | null): number {
  if (!articleFiltersActive(filters) || passingA === null || passingB === null) return weight;
  return Math.min(weight, sharedBound(passingA, passingB));
}

/**
 * A link shows while its two ends do and may share an article that passes the article filters,
 * and when its whole weight reaches the minimum: the minimum keeps the strongest links in view
 * while the time slider narrows (within one day nearly every weight is 1).
 */
export function edgeVisible(weight: number, effective: number, filters: FiltersState, endpointsVisible: boolean): boolean {
  return endpointsVisible && weight >= filters.minWeight && effective > 0;
}

/** The sorted distinct days of the buckets: the time slider's stops. */
export function articleDays(buckets: readonly ArticleBucket[]): string[] {
  return [...new Set(buckets.map((a) => a.day).filter((d): d is string => d !== null))].sort();
}

/**
 * The starting minimum co-occurrence: the weight of the (nodes × perNode)-th heaviest link, so a
 * dense overview opens on its strongest links instead of a grey hairball. 1 when links are few.
 */
export function defaultMinWeight(weights: readonly number[], nodeCount: number, perNode = 4): number {
  const budget = Math.max(1, nodeCount * perNode);
  if (weights.length <= budget) return 1;
  // Weights are small whole numbers: count them instead of sorting 50k (this runs before the first frame).
  const counts = new Map<number, number>();
  for (const w of weights) counts.set(w, (counts.get(w) ?? 0) + 1);
  let seen = 0;
  for (const w of [...counts.keys()].sort((a, b) => b - a)) {
    seen += counts.get(w)!;
    if (seen >= budget) return Math.max(1, w);
  }
  return 1;
}
