/** Filters: which entities and links are shown. Pure producers; visibility.ts applies them. */
import type { EntityKind } from '../../shared/api-types.js';

export interface FiltersState {
  hiddenKinds: readonly EntityKind[];
  /** Links lighter than this (articles in common, within the other filters) are hidden. */
  minWeight: number;
  /** Publishers whose articles count; null = all of them. */
  sites: readonly string[] | null;
  /** Inclusive article-day range; null = every article, dated or not. */
  range: { from: string; to: string } | null;
}

export const INITIAL_FILTERS: FiltersState = { hiddenKinds: [], minWeight: 1, sites: null, range: null };

export function toggleKind(state: FiltersState, kind: EntityKind): FiltersState {
  const hidden = state.hiddenKinds.includes(kind) ? state.hiddenKinds.filter((k) => k !== kind) : [...state.hiddenKinds, kind];
  return { ...state, hiddenKinds: hidden };
}

export function setMinWeight(state: FiltersState, weight: number): FiltersState {
  const minWeight = Number.isFinite(weight) ? Math.max(1, Math.floor(weight)) : 1;
  return minWeight === state.minWeight ? state : { ...state, minWeight };
}

/** Turns one publisher on or off; all on again collapses to null (no site filter). */
export function toggleSite(state: FiltersState, site: string, allSites: readonly string[]): FiltersState {
  const current = state.sites ?? allSites;
  const next = current.includes(site) ? current.filter((s) => s !== site) : [...current, site];
  const complete = allSites.every((s) => next.includes(s));
  return { ...state, sites: complete ? null : next };
}

/** A day range within the known days; the full extent means no time filter. */
export function setRange(state: FiltersState, from: string, to: string, days: readonly string[]): FiltersState {
  const [low, high] = from <= to ? [from, to] : [to, from];
  const full = days.length === 0 || (low <= days[0]! && high >= days[days.length - 1]!);
  const range = full ? null : { from: low, to: high };
  if (range === null && state.range === null) return state;
  if (range && state.range && range.from === state.range.from && range.to === state.range.to) return state;
  return { ...state, range };
}
