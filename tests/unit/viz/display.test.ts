import { describe, expect, it } from 'vitest';
import type { QueryResult, QueryValue } from '../../../viz/shared/api-types.js';
import { KIND_COLORS, MUTED_NODE } from '../../../viz/app/colors.js';
import { BucketTable, createGraph, edgeKey, EntityKeys, mergeActivity, mergePayload, remapActivity, withoutActivity } from '../../../viz/app/graph-model.js';
import { toColumns } from '../../../viz/shared/columns.js';
import { highlightSegments } from '../../../viz/app/highlight.js';
import { cellText, resultGraph } from '../../../viz/app/query-graph.js';
import { deriveFocus, deriveVisibility, edgeReducer, labelOf, nodeReducer, nodeSize, shownEdges, shownNodes, type View } from '../../../viz/app/reducers.js';
import { INITIAL_STATE, on, type AppState } from '../../../viz/app/state/app-state.js';
import { setMinWeight, setRange, toggleKind } from '../../../viz/app/state/filters.js';
import { hover, select } from '../../../viz/app/state/selection.js';

describe('highlightSegments', () => {
  it.each([
    ['バイデン大統領は演説した。', [[0, 4]], [['バイデン', true], ['大統領は演説した。', false]]],
    ['Biden called Johnson.', [[0, 5], [13, 20]], [['Biden', true], [' called ', false], ['Johnson', true], ['.', false]]],
    ['abc', [[1, 9]], [['abc', false]]],
    ['abcdef', [[1, 4], [2, 5]], [['a', false], ['bcd', true], ['e', true], ['f', false]]],
    ['<img src=x>', [[1, 4]], [['<', false], ['img', true], [' src=x>', false]]],
    ['', [], []],
  ] as const)('%j with %j', (text, highlights, expected) => {
    expect(highlightSegments(text, highlights).map((s) => [s.text, s.marked])).toEqual(expected);
  });
});

describe('labels and sizes', () => {
  it.each([
    [{ name: 'Joe Biden', nameEn: 'Joe Biden', nameJa: 'ジョー・バイデン' }, 'en', 'Joe Biden'],
    [{ name: 'Joe Biden', nameEn: 'Joe Biden', nameJa: 'ジョー・バイデン' }, 'ja', 'ジョー・バイデン'],
    [{ name: '自衛隊', nameEn: null, nameJa: '自衛隊' }, 'en', '自衛隊'],
    [{ name: 'Reuters', nameEn: 'Reuters', nameJa: null }, 'ja', 'Reuters'],
  ] as const)('%j in %s → %s', (attributes, lang, expected) => {
    expect(labelOf(attributes, lang)).toBe(expected);
  });

  it('grows nodes with mentions, within bounds', () => {
    const sizes = [0, 1, 10, 100, 1e6].map(nodeSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(sizes[0]).toBe(2.5);
    expect(sizes[4]).toBe(18);
  });
});

describe('reducers derive the display from state without touching the graph', () => {
  // Buckets: one article each, so the activity is exact.
  const payload = toColumns(
    [
      { id: 'person:joe-biden', kind: 'person' as const, name: 'Joe Biden', nameEn: 'Joe Biden', nameJa: 'ジョー・バイデン', mentions: 5, activity: [0, 1, 1, 1], x: 0, y: 0 },
      { id: 'country:US', kind: 'country' as const, name: 'United States', nameEn: 'United States', nameJa: '米国', mentions: 3, activity: [0, 1, 2, 1], x: 1, y: 0 },
      { id: 'org:taliban', kind: 'organization' as const, name: 'Taliban', nameEn: 'Taliban', nameJa: 'タリバン', mentions: 2, activity: [2, 1], x: 0, y: 1 },
    ],
    [
      { source: 'country:US', target: 'person:joe-biden', weight: 1 },
      { source: 'org:taliban', target: 'country:US', weight: 1 },
    ],
    [
      { day: '2021-08-03', site: 'NHK' },
      { day: '2021-08-16', site: 'NHK' },
      { day: '2021-08-30', site: 'NHK' },
    ],
  );
  const graph = createGraph();
  const table = new BucketTable();
  const keys = new EntityKeys();
  mergePayload(graph, table, keys, payload);
  const days = ['2021-08-03', '2021-08-16', '2021-08-30'];
  const viewOf = (state: AppState): View => {
    const visibility = deriveVisibility(graph, state, table.buckets);
    return { ...visibility, ...deriveFocus(graph, state, visibility.visibleNodes, (id) => keys.keyOf(id)), labelLang: state.appearance.labelLang, colorBy: state.appearance.colorBy, communities: new Map() };
  };
  const draw = (state: AppState) => {
    const view = viewOf(state);
    const nodes = nodeReducer(view);
    const edges = edgeReducer(view, graph);
    // Keyed by entity ids (node keys are indices) so the expectations read as the data.
    return {
      // As sigma calls them: on a shallow copy of the attributes.
      nodes: Object.fromEntries(graph.mapNodes((key, a) => [a.id, nodes(key, { ...a })])),
      edges: Object.fromEntries(graph.mapEdges((key, a, _s, _t, sa, ta) => [edgeKey(sa.id, ta.id), edges(key, { ...a })])),
    };
  };
  const before = JSON.stringify(graph.export());

  it('draws every entity in its kind color with its label when nothing is filtered', () => {
    const { nodes } = draw(INITIAL_STATE);
    expect(nodes['person:joe-biden']).toMatchObject({ label: 'Joe Biden', color: KIND_COLORS.person, size: nodeSize(5) });
    expect(Object.values(nodes).every((n) => !n.hidden)).toBe(true);
  });

  // The quick path (no sets built) and the full one must show the same things.
  it.each([
    ['nothing filtered', INITIAL_STATE, ['0', '1', '2'], 2],
    ['only the minimum weight', on('filters', (f) => setMinWeight(f, 2))(INITIAL_STATE), ['0', '1', '2'], 0],
    ['a kind hidden', on('filters', (f) => toggleKind(f, 'organization'))(INITIAL_STATE), ['0', '1'], 1],
  ])('shows the same with %s, built or derived', (_, state, nodes, links) => {
    const view = viewOf(state);
    expect(view.visibleNodes === null).toBe(state.filters.hiddenKinds.length === 0);
    expect(shownNodes(graph, view).sort()).toEqual(nodes);
    expect(shownEdges(graph, view)).toHaveLength(links);
    const drawn = draw(state);
    expect(Object.values(drawn.edges).filter((e) => !e.hidden)).toHaveLength(links);
    expect(Object.values(drawn.nodes).filter((n) => !n.hidden)).toHaveLength(nodes.length);
  });

  it('hides what the time range leaves out, links included', () => {
    const state = on('filters', (f) => setRange(f, '2021-08-03', '2021-08-16', days))(INITIAL_STATE);
    const { nodes, edges } = draw(state);
    expect(nodes['org:taliban']!.hidden).toBe(true);
    expect(nodes['person:joe-biden']!.hidden).toBeFalsy();
    expect(edges['country:US|org:taliban']!.hidden).toBe(true);
    expect(edges['country:US|person:joe-biden']!.hidden).toBeFalsy();
  });

  it('mutes what is outside the hovered neighbourhood and hides its links', () => {
    const state = on('selection', (s) => hover(s, 'person:joe-biden'))(INITIAL_STATE);
    const { nodes, edges } = draw(state);
    expect(nodes['org:taliban']).toMatchObject({ color: MUTED_NODE, label: '' });
    expect(nodes['country:US']).toMatchObject({ color: KIND_COLORS.country, label: 'United States' });
    expect(edges['country:US|org:taliban']!.hidden).toBe(true);
  });

  it('highlights the selected entity and labels in Japanese on request', () => {
    const state = on('appearance', (a) => ({ ...a, labelLang: 'ja' as const }))(on('selection', (s) => select(s, 'country:US'))(INITIAL_STATE));
    const { nodes } = draw(state);
    expect(nodes['country:US']).toMatchObject({ highlighted: true, forceLabel: true, label: '米国' });
  });

  it('left the graph as it was', () => {
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('console results', () => {
  const result: QueryResult = {
    columns: ['p', 'r', 'e', 'n'],
    rows: [
      [
        { $type: 'node', elementId: '1', labels: ['Entity', 'Person'], properties: { id: 'person:joe-biden', name: 'Joe Biden' } },
        { $type: 'relationship', elementId: 'r1', type: 'CO_OCCURS_WITH', start: '1', end: '2', properties: { weight: 3 } },
        { $type: 'node', elementId: '2', labels: ['Entity', 'Country'], properties: { id: 'country:US', name: 'United States' } },
        2,
      ],
      [
        { $type: 'node', elementId: '1', labels: ['Entity', 'Person'], properties: { id: 'person:joe-biden', name: 'Joe Biden' } },
        { $type: 'relationship', elementId: 'r9', type: 'X', start: '1', end: '99', properties: {} },
        null,
        [1, 'a'],
      ],
    ],
    truncated: false,
    queryType: 'r',
  };

  it('collects each node once, and only relationships whose ends are in the result', () => {
    const graph = resultGraph(result);
    expect(graph.nodes.map((n) => [n.key, n.label, n.kind])).toEqual([
      ['1', 'Joe Biden', 'person'],
      ['2', 'United States', 'country'],
    ]);
    expect(graph.edges.map((e) => e.key)).toEqual(['r1']);
  });

  it.each<[QueryValue, string]>([
    [result.rows[0]![0]!, '(:Entity:Person Joe Biden)'],
    [result.rows[0]![1]!, '[:CO_OCCURS_WITH]'],
    [null, 'null'],
    [[1, 'a'], '[1, a]'],
    [{ k: 1 }, '{k: 1}'],
    ['<b>x</b>', '<b>x</b>'],
  ])('cell %j → %j', (value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});

describe('the graph model', () => {
  it.each([
    ['identity', [0, 1, 2, 3], [0, 1, 2], [0, 1, 2, 3]],
    ['renumbered and sorted again', [0, 5, 1, 7], [4, 2], [2, 7, 4, 5]],
    ['a bucket the table lacks is dropped', [0, 1, 3, 2], [1], [1, 1]],
    ['empty', [], [0], []],
  ])('remaps activity: %s', (_, activity, remap, expected) => {
    expect(remapActivity(activity, remap)).toEqual(expected);
  });

  it('keys nodes by index, keeps the entity id, and merges a neighbourhood without duplicates', () => {
    const graph = createGraph();
    const table = new BucketTable();
    const keys = new EntityKeys();
    const node = (id: string, activity: number[] | null) => ({ id, kind: 'person' as const, name: id, nameEn: id, nameJa: null, mentions: 1, activity, x: 1, y: 2 });
    const buckets = [{ day: '2021-08-03', site: null }];
    mergePayload(graph, table, keys, toColumns([node('p:a', [0, 1]), node('p:b', [0, 2])], [{ source: 'p:a', target: 'p:b', weight: 2 }], buckets));
    // A neighbourhood: other buckets, and no activity yet.
    const later = [{ day: '2021-08-16', site: 'NHK' }, { day: '2021-08-03', site: null }];
    const neighbourhood = toColumns([node('p:b', null), node('p:c', null)], [{ source: 'p:b', target: 'p:a', weight: 2 }, { source: 'p:c', target: 'p:b', weight: 1 }], later);
    const added = mergePayload(graph, table, keys, neighbourhood, { x: 0, y: 0, radius: 5 });
    expect(added).toEqual(['p:c']);
    expect(graph.mapNodes((key, a) => [key, a.id])).toEqual([['0', 'p:a'], ['1', 'p:b'], ['2', 'p:c']]);
    expect(graph.size).toBe(2);
    expect(table.buckets).toEqual([{ day: '2021-08-03', site: null }, { day: '2021-08-16', site: 'NHK' }]);
    expect(withoutActivity(graph)).toEqual(['p:c']);
    mergeActivity(graph, table, keys, { ids: ['p:c', 'p:b'], activity: [[0, 4, 1, 1], [0, 9]], buckets: later });
    expect(graph.getNodeAttribute('2', 'activity')).toEqual([0, 1, 1, 4]);
    expect(graph.getNodeAttribute('1', 'activity')).toEqual([0, 2]);
    expect(withoutActivity(graph)).toEqual([]);
    expect(graph.getNodeAttributes('2')).toMatchObject({ x: 5, y: 0 });
  });
});
