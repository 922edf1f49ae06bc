/**
 * The Cypher console: sends the query to the API (which refuses anything that is not read-only),
 * then draws the nodes and relationships of the result with its own sigma and lists the rows.
 */
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { QueryResult } from '../../shared/api-types.js';
import { cjsDefault } from '../../shared/cjs-default.js';
import { ApiRequestError, api } from '../api-client.js';
import { KIND_COLORS } from '../colors.js';
import { byId, clear, el } from '../dom.js';
import { cellText, resultGraph } from '../query-graph.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);
const MAX_TABLE_ROWS = 200;

export function bindConsole(): void {
  const form = byId<HTMLFormElement>('console-form');
  const textarea = byId<HTMLTextAreaElement>('cypher');
  const message = byId('console-message');
  const graphBox = byId('console-graph');
  const tableBox = byId('console-table');
  let renderer: Sigma | null = null;

  const draw = (result: QueryResult) => {
    renderer?.kill();
    renderer = null;
    const { nodes, edges } = resultGraph(result);
    const graph = new MultiDirectedGraph();
    nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
      graph.addNode(node.key, { x: Math.cos(angle) * 10, y: Math.sin(angle) * 10, size: 6, label: node.label, color: node.kind ? KIND_COLORS[node.kind] : '#7f8c8d' });
    });
    for (const edge of edges) graph.addEdgeWithKey(edge.key, edge.source, edge.target, { size: 1.5, color: '#b8bec8', label: edge.type });
    if (graph.order > 1 && graph.order <= 2_000) {
      forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 } });
    }
    // Relationship types as labels only when they tell the links apart and stay readable.
    const types = new Set(edges.map((e) => e.type));
    if (graph.order > 0) renderer = new Sigma(graph, graphBox, { defaultEdgeType: 'arrow', labelRenderedSizeThreshold: 4, renderEdgeLabels: types.size > 1 && graph.size <= 40 });
    graphBox.dataset.nodes = String(graph.order);
    graphBox.dataset.edges = String(graph.size);

    clear(tableBox);
    const head = el('tr', {}, result.columns.map((c) => el('th', {}, [c])));
    const rows = result.rows.slice(0, MAX_TABLE_ROWS).map((row) => el('tr', {}, row.map((value) => el('td', {}, [cellText(value)]))));
    tableBox.append(el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)]));
    message.className = '';
    const more = result.truncated || result.rows.length > MAX_TABLE_ROWS ? ' (more rows exist than are shown)' : '';
    message.textContent = `${result.rows.length} rows · ${graph.order} nodes · ${graph.size} relationships${more}`;
  };

  const run = async () => {
    message.className = '';
    message.textContent = 'Running…';
    try {
      draw(await api.query(textarea.value));
    } catch (error) {
      renderer?.kill();
      renderer = null;
      clear(tableBox);
      graphBox.dataset.nodes = '0';
      message.className = error instanceof ApiRequestError && error.status === 403 ? 'refused' : 'error';
      message.textContent = error instanceof ApiRequestError ? `${error.message}${error.hint ? ` ${error.hint}` : ''}` : String(error);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
}
