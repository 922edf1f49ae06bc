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
  /** null: every node (no filter hides any); computing nothing keeps the first frame quick. */
  visibleNodes: ReadonlySet<string> | null;
  /** Shown links with the weight they are drawn with; null: every link at least minWeight heavy, at its weight. */
  visibleEdges: ReadonlyMap<string, number> | null;
  minWeight: number;
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

/** Filters → visible sets (with each link's weight within the filters); nulls when only the minimum weight applies. */
export function deriveVisibility(graph: ExplorerGraph, state: AppState, buckets: readonly ArticleBucket[]): Pick<View, 'visibleNodes' | 'visibleEdges' | 'minWeight'> {
  const minWeight = state.filters.minWeight;
  if (state.filters.hiddenKinds.length === 0 && !articleFiltersActive(state.filters)) return { visibleNodes: null, visibleEdges: null, minWeight };
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
  return { visibleNodes, visibleEdges, minWeight };
}

export function nodeShown(view: Pick<View, 'visibleNodes'>, node: string): boolean {
  return view.visibleNodes === null || view.visibleNodes.has(node);
}

/** The weight a link is drawn with, or undefined when it is hidden. */
export function shownWeight(view: Pick<View, 'visibleEdges' | 'minWeight'>, edge: string, weight: number): number | undefined {
  if (view.visibleEdges !== null) return view.visibleEdges.get(edge);
  return weight >= view.minWeight ? weight : undefined;
}

/** The shown entities and links (node and edge keys). */
export function shownNodes(graph: ExplorerGraph, view: Pick<View, 'visibleNodes'>): string[] {
  return view.visibleNodes === null ? graph.nodes() : [...view.visibleNodes];
}

export function shownEdges(graph: ExplorerGraph, view: Pick<View, 'visibleEdges' | 'minWeight'>): string[] {
  return view.visibleEdges === null ? graph.filterEdges((_, a) => a.weight >= view.minWeight) : [...view.visibleEdges.keys()];
}

/** Hover and selection (entity ids) → the focused neighbourhood (node keys). */
export function deriveFocus(
  graph: ExplorerGraph,
  state: AppState,
  visibleNodes: ReadonlySet<string> | null,
  keyOf: (id: string) => string | undefined,
): Pick<View, 'focus' | 'focusNodes' | 'selected'> {
  const id = state.selection.hovered ?? state.selection.selected;
  const candidate = id === null ? undefined : keyOf(id);
  const focus = candidate !== undefined && graph.hasNode(candidate) && nodeShown({ visibleNodes }, candidate) ? candidate : null;
  const focusNodes = new Set<string>();
  if (focus) {
    focusNodes.add(focus);
    graph.forEachNeighbor(focus, (neighbour) => focusNodes.add(neighbour));
  }
  const selected = state.selection.selected === null ? null : (keyOf(state.selection.selected) ?? null);
  return { focus, focusNodes, selected };
}

/** Sigma hands reducers a copy of the attributes (sigma v3's addNode/addEdge), so they fill it in place. */
export function nodeReducer(view: View) {
  return (node: string, data: Attributes): Attributes => {
    if (!nodeShown(view, node)) {
      data.hidden = true;
      return data;
    }
    const attributes = data as EntityAttributes & Attributes;
    const muted = view.focus !== null && !view.focusNodes.has(node);
    data.label = muted ? '' : labelOf(attributes, view.labelLang);
    data.size = nodeSize(attributes.mentions);
    data.color = muted ? MUTED_NODE : view.colorBy === 'community' ? communityColor(view.communities.get(node)) : KIND_COLORS[attributes.kind];
    data.highlighted = node === view.selected;
    data.forceLabel = node === view.focus || node === view.selected;
    data.zIndex = muted ? 0 : 1;
    return data;
  };
}

export function edgeReducer(view: View, graph: ExplorerGraph) {
  return (edge: string, data: Attributes): Attributes => {
    const weight = shownWeight(view, edge, (data as LinkAttributes & Attributes).weight);
    if (weight === undefined || (view.focus !== null && !graph.hasExtremity(edge, view.focus))) {
      data.hidden = true;
      return data;
    }
    data.size = edgeSize(weight);
    data.color = view.focus !== null ? EDGE_FOCUS_COLOR : EDGE_COLOR;
    return data;
  };
}
