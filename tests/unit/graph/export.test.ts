import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { neighbourhoodQuery, serializeGraph, toGraph, type ExportRows } from '../../../graph/export.js';

const ROWS: ExportRows = {
  entities: [
    { id: 'country:US', kind: 'country', name: 'United States', nameEn: 'United States', nameJa: '米国', articles: 3 },
    { id: 'person:joe-biden', kind: 'person', name: 'Joe Biden', nameEn: 'Joe Biden', nameJa: 'ジョー・バイデン', articles: 2 },
    { id: 'source:a&b', kind: 'source', name: 'A & B <News>', nameEn: null, nameJa: null, articles: 1 },
  ],
  cooccurrence: [
    { source: 'country:US', target: 'person:joe-biden', weight: 2 },
    { source: 'country:US', target: 'source:a&b', weight: 1 },
    { source: 'country:US', target: 'person:not-exported', weight: 5 },
  ],
  articles: [{ id: 'a1', title: '米国の記事', lang: 'ja', publishedAt: '2021-08-26' }],
  mentions: [{ article: 'a1', entity: 'person:joe-biden', count: 2 }],
};

describe('toGraph', () => {
  const graph = toGraph(ROWS);
  it.each([
    { what: 'nodes: entities and articles', got: graph.order, expected: 4 },
    { what: 'edges: co-occurrence between exported entities, and mentions', got: graph.size, expected: 3 },
    { what: 'co-occurrence weight', got: graph.getEdgeAttribute('country:US', 'person:joe-biden', 'weight'), expected: 2 },
    { what: 'mention edge kind', got: graph.getEdgeAttribute('a1', 'person:joe-biden', 'kind'), expected: 'MENTIONS' },
    { what: 'label', got: graph.getNodeAttribute('country:US', 'label'), expected: 'United States' },
  ])('$what', ({ got, expected }) => {
    expect(got).toEqual(expected);
  });
});

describe('serializeGraph', () => {
  const graph = toGraph(ROWS);

  it.each([
    ['gexf', (text: string) => parseGexf(UndirectedGraph, text)],
    ['graphml', (text: string) => parseGraphml(UndirectedGraph, text)],
  ] as const)('%s reads back with the same nodes, edges, names and weights', (format, parse) => {
    const back = parse(serializeGraph(graph, format));
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttribute('country:US', 'label')).toBe('United States');
    expect(back.getNodeAttribute('source:a&b', 'label')).toBe('A & B <News>');
    expect(back.getNodeAttribute('country:US', 'nameJa')).toBe('米国');
    expect(Number(back.getEdgeAttribute(back.edge('country:US', 'person:joe-biden')!, 'weight'))).toBe(2);
  });

  it('json is graphology\'s own serialization', () => {
    const back = UndirectedGraph.from(JSON.parse(serializeGraph(graph, 'json')));
    expect(back.order).toBe(4);
    expect(back.getEdgeAttribute('country:US', 'person:joe-biden', 'weight')).toBe(2);
  });
});

describe('neighbourhoodQuery', () => {
  it.each([0, 1, 3])('accepts depth %i', (depth) => {
    expect(neighbourhoodQuery(depth)).toContain(`*1..${Math.max(depth, 1)}]`);
  });
  it.each([-1, 4, 1.5, Number.NaN])('refuses depth %s', (depth) => {
    expect(() => neighbourhoodQuery(depth)).toThrow('--depth');
  });
});
