/**
 * ForceAtlas2 positions for the overview, computed on the server so the page draws at once.
 * Starts from a deterministic spiral (same graph → same picture) and runs a fixed number of
 * iterations with settings inferred from the graph's size.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { cjsDefault } from '../shared/cjs-default.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);

export interface LayoutInput {
  nodes: ReadonlyArray<{ id: string; mentions: number }>;
  edges: ReadonlyArray<{ source: string; target: string; weight: number }>;
}

/** Golden-angle spiral: spread, deterministic, heaviest nodes in the middle. */
export function spiral(index: number): { x: number; y: number } {
  const angle = index * 2.399963229728653;
  const radius = Math.sqrt(index + 1) * 10;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export function layoutIterations(order: number): number {
  if (order <= 300) return 400;
  if (order <= 2_000) return 200;
  return 80;
}

export function computeLayout(input: LayoutInput, iterations = layoutIterations(input.nodes.length)): Map<string, { x: number; y: number }> {
  const graph = new UndirectedGraph();
  input.nodes.forEach((node, i) => graph.addNode(node.id, { ...spiral(i), size: 1 + Math.log1p(node.mentions) }));
  for (const edge of input.edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target) && edge.source !== edge.target) {
      graph.mergeEdge(edge.source, edge.target, { weight: edge.weight });
    }
  }
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, linLogMode: true };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  }
  ringIsolated(graph);
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attributes) => positions.set(id, { x: round(attributes.x as number), y: round(attributes.y as number) }));
  return positions;
}

/**
 * Entities with no link among those shown feel no attraction and drift far off, which would shrink
 * the rest of the picture to a corner once sigma fits it to the screen: they go on a ring around it.
 */
function ringIsolated(graph: UndirectedGraph): void {
  const linked = graph.filterNodes((id) => graph.degree(id) > 0);
  const isolated = graph.filterNodes((id) => graph.degree(id) === 0);
  if (linked.length === 0 || isolated.length === 0) return;
  let cx = 0;
  let cy = 0;
  for (const id of linked) {
    cx += graph.getNodeAttribute(id, 'x') as number;
    cy += graph.getNodeAttribute(id, 'y') as number;
  }
  cx /= linked.length;
  cy /= linked.length;
  let radius = 0;
  for (const id of linked) {
    radius = Math.max(radius, Math.hypot((graph.getNodeAttribute(id, 'x') as number) - cx, (graph.getNodeAttribute(id, 'y') as number) - cy));
  }
  radius = radius * 1.1 || 1;
  isolated.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / isolated.length;
    graph.mergeNodeAttributes(id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
  });
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : 0;
}
