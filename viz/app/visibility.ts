/**
 * Which entities and links the filters let through. Pure: plain attributes, article stamps and
 * the filters state in, booleans and weights out.
 */
import type { ArticleStamp, EntityKind } from '../shared/api-types.js';
import type { FiltersState } from './state/filters.js';

export function articleFiltersActive(filters: FiltersState): boolean {
  return filters.range !== null || filters.sites !== null;
}

export function articlePasses(article: ArticleStamp | undefined, filters: FiltersState): boolean {
  if (!article) return false;
  if (filters.range) {
    if (article.day === null || article.day < filters.range.from || article.day > filters.range.to) return false;
  }
  if (filters.sites) {
    if (article.site === null || !filters.sites.includes(article.site)) return false;
  }
  return true;
}

export interface NodeFacts {
  kind: EntityKind;
  articles: readonly number[];
}

export function nodeVisible(node: NodeFacts, filters: FiltersState, articles: readonly ArticleStamp[]): boolean {
  if (filters.hiddenKinds.includes(node.kind)) return false;
  if (!articleFiltersActive(filters)) return true;
  return node.articles.some((i) => articlePasses(articles[i], filters));
}

/** The articles of an entity (sorted indices) that pass the article filters. */
export function passingArticles(articles: readonly number[], filters: FiltersState, stamps: readonly ArticleStamp[]): number[] {
  return articles.filter((i) => articlePasses(stamps[i], filters));
}

/** How many indices two sorted lists share. */
export function sharedCount(a: readonly number[], b: readonly number[]): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else { n++; i++; j++; }
  }
  return n;
}

/**
 * A link's weight within the article filters: the articles both ends are mentioned in that pass
 * (the intersection of their passing articles, which is the link's own article set); the stored
 * weight when no article filter is on.
 */
export function effectiveWeight(weight: number, filters: FiltersState, passingA: readonly number[], passingB: readonly number[]): number {
  if (!articleFiltersActive(filters)) return weight;
  return Math.min(weight, sharedCount(passingA, passingB));
}

/**
 * A link shows while at least one of its articles passes the article filters, and when its whole
 * weight reaches the minimum: the minimum keeps the strongest links in view while the time slider
 * narrows (within one day nearly every weight is 1); the thickness follows the articles in range.
 */
export function edgeVisible(weight: number, effective: number, filters: FiltersState, endpointsVisible: boolean): boolean {
  return endpointsVisible && weight >= filters.minWeight && effective > 0;
}

/** The sorted distinct days of the articles: the time slider's stops. */
export function articleDays(articles: readonly ArticleStamp[]): string[] {
  return [...new Set(articles.map((a) => a.day).filter((d): d is string => d !== null))].sort();
}

/**
 * The starting minimum co-occurrence: the weight of the (nodes × perNode)-th heaviest link, so a
 * dense overview opens on its strongest links instead of a grey hairball. 1 when links are few.
 */
export function defaultMinWeight(weights: readonly number[], nodeCount: number, perNode = 4): number {
  const budget = Math.max(1, nodeCount * perNode);
  if (weights.length <= budget) return 1;
  const sorted = [...weights].sort((a, b) => b - a);
  return Math.max(1, sorted[budget - 1]!);
}
