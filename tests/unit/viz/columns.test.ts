import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../viz/shared/api-types.js';
import { activityOf, BucketIndex, edgeRows, nodeRows, toColumns } from '../../../viz/shared/columns.js';

const node = (id: string, activity: number[] | null = [0, 1]): GraphNode => ({ id, kind: 'person', name: id, nameEn: id, nameJa: null, mentions: 2, activity, x: 1, y: -1 });

describe('the compact payload: rows ↔ columns', () => {
  it.each<[string, GraphNode[], GraphEdge[], { source: number[]; target: number[]; weight: number[] }]>([
    ['nothing', [], [], { source: [], target: [], weight: [] }],
    ['links name their ends by row', [node('a'), node('b'), node('c')], [{ source: 'c', target: 'a', weight: 3 }, { source: 'a', target: 'b', weight: 1 }], { source: [2, 0], target: [0, 1], weight: [3, 1] }],
    ['a link to an entity not sent is left out', [node('a'), node('b')], [{ source: 'a', target: 'z', weight: 5 }, { source: 'b', target: 'a', weight: 2 }], { source: [1], target: [0], weight: [2] }],
    ['a self link is left out', [node('a')], [{ source: 'a', target: 'a', weight: 5 }], { source: [], target: [], weight: [] }],
  ])('%s', (_, nodes, edges, expected) => {
    const payload = toColumns(nodes, edges, [{ day: '2021-08-03', site: 'NHK' }]);
    expect(payload.edges).toEqual(expected);
    expect(payload.nodes.id).toEqual(nodes.map((n) => n.id));
    expect(nodeRows(payload)).toEqual(nodes);
    expect(edgeRows(payload)).toEqual(expected.source.map((s, i) => ({ source: nodes[s]!.id, target: nodes[expected.target[i]!]!.id, weight: expected.weight[i] })));
  });

  it('keeps every column of a node, null names and unknown activity included', () => {
    const payload = toColumns([{ ...node('x', null), kind: 'country', nameEn: null, nameJa: '米国', mentions: 7, x: 3.5, y: 0 }], [], []);
    expect(payload.nodes).toEqual({ id: ['x'], kind: ['country'], name: ['x'], nameEn: [null], nameJa: ['米国'], mentions: [7], x: [3.5], y: [0], activity: [null] });
  });

  it.each([
    ['nothing', [], []],
    ['sorted by bucket', [[4, 2], [1, 5]], [1, 5, 4, 2]],
    ['one bucket twice is summed', [[2, 1], [2, 3]], [2, 4]],
    ['zero counts left out', [[0, 0], [1, 1]], [1, 1]],
  ] as Array<[string, Array<[number, number]>, number[]]>)('activity from counts: %s', (_, counts, expected) => {
    expect(activityOf(counts)).toEqual(expected);
  });

  it('numbers (day, publisher) buckets in order of first sight, null apart from empty', () => {
    const index = new BucketIndex();
    expect([index.of('2021-08-03', 'NHK'), index.of(null, null), index.of('2021-08-03', 'NHK'), index.of('2021-08-03', null), index.of('', '')]).toEqual([0, 1, 0, 2, 3]);
    expect(index.buckets).toEqual([{ day: '2021-08-03', site: 'NHK' }, { day: null, site: null }, { day: '2021-08-03', site: null }, { day: '', site: '' }]);
  });
});
