/**
 * What sigma draws, derived from the graph and the state at each frame: filters hide, hover and
 * selection focus a neighbourhood, appearance picks labels and colors. Nothing is written back
 * into the graph.
 */
import type { Attributes } from 'graphology-types';
import type { ArticleBucket } from '../shared/api-types.js';
import { communityColor, EDGE_COLOR, EDGE_FOCUS_COLOR, KIND_COLORS, MUTED_NODE } from './colors.js';
import type { EntityAttributes, ExplorerGraph, LinkAttributes } from './graph-model.js';
import type { AppState } from './state/app-state.js';
import { articleFiltersActive, edgeVisible, effectiveWeight, passingActivity } from './visibility.js';

export interface View {
  visibleNodes: ReadonlySet<string>;
  visibleEdges: ReadonlyMap<string, number>;
  /** The hovered entity, else the selected one: its neighbourhood stays bright. */
  focus: string | null;
  focusNodes: ReadonlySet<string>;
  selected: string | null;
  labelLang: 'en' | 'ja';
  colorBy: 'kind' | 'community';
  communities: ReadonlyMap<string, number>;
}

export function nodeSize(mentions: number): number {
  return Math.min(18, 2.5 + 1.6 * Math.log2(1 + Math.max(0, mentions)));
}

export function edgeSize(weight: number): number {
  return Math.min(8, 0.6 + 0.9 * Math.log2(1 + Math.max(0, weight)));
}

export function labelOf(attributes: Pick<EntityAttributes, 'name' | 'nameEn' | 'nameJa'>, lang: 'en' | 'ja'): string {
  return (lang === 'ja' ? attributes.nameJa ?? attributes.name : attributes.nameEn ?? attributes.name) || attributes.name;
}

/** Filters → visible sets (with each link's weight within the filters). */
export function deriveVisibility(graph: ExplorerGraph, state: AppState, buckets: readonly ArticleBucket[]): Pick<View, 'visibleNodes' | 'visibleEdges'> {
  const filters = state.filters;
  const active = articleFiltersActive(filters);
  const passing = new Map<string, number[] | null>();
  const visibleNodes = new Set<string>();
  graph.forEachNode((id, attributes) => {
    if (filters.hiddenKinds.includes(attributes.kind)) return;
    if (!active) {
      visibleNodes.add(id);
      return;
    }
    const mine = attributes.activity === null ? null : passingActivity(attributes.activity, filters, buckets);
    passing.set(id, mine);
    if (mine === null || mine.length > 0) visibleNodes.add(id);
  });
  const visibleEdges = new Map<string, number>();
  graph.forEachEdge((id, attributes, source, target) => {
    const ends = visibleNodes.has(source) && visibleNodes.has(target);
    if (!ends || attributes.weight < filters.minWeight) return;
    const weight = active ? effectiveWeight(attributes.weight, filters, passing.get(source) ?? null, passing.get(target) ?? null) : attributes.weight;
    if (edgeVisible(attributes.weight, weight, filters, ends)) visibleEdges.set(id, weight);
  });
  return { visibleNodes, visibleEdges };
}

/** Hover and selection (entity ids) → the focused neighbourhood (node keys). */
export function deriveFocus(
  graph: ExplorerGraph,
  state: AppState,
  visibleNodes: ReadonlySet<string>,
  keyOf: (id: string) => string | undefined,
): Pick<View, 'focus' | 'focusNodes' | 'selected'> {
  const id = state.selection.hovered ?? state.selection.selected;
  const candidate = id === null ? undefined : keyOf(id);
  const focus = candidate !== undefined && graph.hasNode(candidate) && visibleNodes.has(candidate) ? candidate : null;
  const focusNodes = new Set<string>();
  if (focus) {
    focusNodes.add(focus);
    graph.forEachNeighbor(focus, (neighbour) => focusNodes.add(neighbour));
  }
  const selected = state.selection.selected === null ? null : (keyOf(state.selection.selected) ?? null);
  return { focus, focusNodes, selected };
}

export function nodeReducer(view: View) {
  return (node: string, data: Attributes): Attributes => {
    const attributes = data as EntityAttributes & Attributes;
    if (!view.visibleNodes.has(node)) return { ...data, hidden: true };
    const muted = view.focus !== null && !view.focusNodes.has(node);
    const color = view.colorBy === 'community' ? communityColor(view.communities.get(node)) : KIND_COLORS[attributes.kind];
    return {
      ...data,
      label: muted ? '' : labelOf(attributes, view.labelLang),
      size: nodeSize(attributes.mentions),
      color: muted ? MUTED_NODE : color,
      highlighted: node === view.selected,
      forceLabel: node === view.focus || node === view.selected,
      zIndex: muted ? 0 : 1,
    };
  };
}

export function edgeReducer(view: View, graph: ExplorerGraph) {
  return (edge: string, data: Attributes): Attributes => {
    const weight = view.visibleEdges.get(edge);
    if (weight === undefined) return { ...data, hidden: true };
    if (view.focus !== null && !graph.hasExtremity(edge, view.focus)) return { ...data, hidden: true };
    const attributes = data as LinkAttributes & Attributes;
    return {
      ...data,
      size: edgeSize(weight ?? attributes.weight),
      color: view.focus !== null ? EDGE_FOCUS_COLOR : EDGE_COLOR,
    };
  };
}
