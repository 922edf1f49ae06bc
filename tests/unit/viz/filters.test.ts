import { describe, expect, it } from 'vitest';
import type { ArticleBucket } from '../../../viz/shared/api-types.js';
import { hitChosen, INITIAL_SEARCH, searchFailed, searchFinished, searchStarted } from '../../../viz/app/state/search.js';
import { INITIAL_FILTERS, setMinWeight, setRange, toggleKind, toggleSite, type FiltersState } from '../../../viz/app/state/filters.js';
import { articleDays, bucketPasses, defaultMinWeight, edgeVisible, effectiveWeight, nodeVisible, passingActivity, sharedBound } from '../../../viz/app/visibility.js';

const DAYS = ['2021-08-03', '2021-08-16', '2021-08-25', '2021-08-30'];
const SITES = ['NHK', 'The Guardian'];
const BUCKETS: ArticleBucket[] = [
  { day: '2021-08-03', site: 'NHK' },
  { day: '2021-08-16', site: 'The Guardian' },
  { day: '2021-08-25', site: 'The Guardian' },
  { day: '2021-08-30', site: 'NHK' },
  { day: null, site: null },
];
/** Activity with one article in each of these buckets. */
const once = (...buckets: number[]) => buckets.flatMap((b) => [b, 1]);
const with_ = (changes: Partial<FiltersState>): FiltersState => ({ ...INITIAL_FILTERS, ...changes });

describe('filter producers', () => {
  it.each([
    ['hide a kind', toggleKind(INITIAL_FILTERS, 'person'), with_({ hiddenKinds: ['person'] })],
    ['show it again', toggleKind(with_({ hiddenKinds: ['person', 'source'] }), 'person'), with_({ hiddenKinds: ['source'] })],
    ['min weight', setMinWeight(INITIAL_FILTERS, 3), with_({ minWeight: 3 })],
    ['min weight below 1 is 1', setMinWeight(INITIAL_FILTERS, 0), INITIAL_FILTERS],
    ['min weight NaN is 1', setMinWeight(with_({ minWeight: 4 }), Number.NaN), INITIAL_FILTERS],
    ['one site off', toggleSite(INITIAL_FILTERS, 'NHK', SITES), with_({ sites: ['The Guardian'] })],
    ['last site back on means no filter', toggleSite(with_({ sites: ['The Guardian'] }), 'NHK', SITES), INITIAL_FILTERS],
    ['a range', setRange(INITIAL_FILTERS, '2021-08-03', '2021-08-16', DAYS), with_({ range: { from: '2021-08-03', to: '2021-08-16' } })],
    ['a reversed range', setRange(INITIAL_FILTERS, '2021-08-25', '2021-08-03', DAYS), with_({ range: { from: '2021-08-03', to: '2021-08-25' } })],
    ['the full extent means no time filter', setRange(with_({ range: { from: '2021-08-03', to: '2021-08-16' } }), '2021-08-03', '2021-08-30', DAYS), INITIAL_FILTERS],
    ['one day', setRange(INITIAL_FILTERS, '2021-08-03', '2021-08-03', DAYS), with_({ range: { from: '2021-08-03', to: '2021-08-03' } })],
  ])('%s', (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('keeps the same object when nothing changes, so bindings do not redraw', () => {
    expect(setMinWeight(INITIAL_FILTERS, 1)).toBe(INITIAL_FILTERS);
    expect(setRange(INITIAL_FILTERS, DAYS[0]!, DAYS[3]!, DAYS)).toBe(INITIAL_FILTERS);
  });
});

describe('visibility', () => {
  it.each([
    ['no filter', INITIAL_FILTERS, [true, true, true, true, true]],
    ['first day only', with_({ range: { from: '2021-08-03', to: '2021-08-03' } }), [true, false, false, false, false]],
    ['mid range', with_({ range: { from: '2021-08-10', to: '2021-08-26' } }), [false, true, true, false, false]],
    ['NHK only', with_({ sites: ['NHK'] }), [true, false, false, true, false]],
    ['NHK in late August', with_({ sites: ['NHK'], range: { from: '2021-08-20', to: '2021-08-31' } }), [false, false, false, true, false]],
  ])('buckets passing %s', (_, filters, expected) => {
    expect(BUCKETS.map((a) => bucketPasses(a, filters))).toEqual(expected);
  });

  it.each([
    ['shown without filters', { kind: 'person' as const, activity: once(3) }, INITIAL_FILTERS, true],
    ['hidden by kind', { kind: 'person' as const, activity: once(0) }, with_({ hiddenKinds: ['person'] }), false],
    ['mentioned in range', { kind: 'country' as const, activity: once(0, 3) }, with_({ range: { from: '2021-08-01', to: '2021-08-05' } }), true],
    ['mentioned only later', { kind: 'organization' as const, activity: once(3) }, with_({ range: { from: '2021-08-01', to: '2021-08-20' } }), false],
    ['only undated articles, with a range', { kind: 'source' as const, activity: once(4) }, with_({ range: { from: '2021-08-01', to: '2021-08-31' } }), false],
    ['no articles at all, no filter', { kind: 'source' as const, activity: [] }, INITIAL_FILTERS, true],
    ['activity not known yet, with a range', { kind: 'person' as const, activity: null }, with_({ range: { from: '2021-08-01', to: '2021-08-05' } }), true],
    ['activity not known yet, kind hidden', { kind: 'person' as const, activity: null }, with_({ hiddenKinds: ['person'] }), false],
  ])('an entity %s', (_, node, filters, expected) => {
    expect(nodeVisible(node, filters, BUCKETS)).toBe(expected);
  });

  // Without the link's articles, what its two ends may share in range caps its weight.
  it.each([
    ['stored weight without article filters', 7, once(0, 1), once(0, 1, 2), INITIAL_FILTERS, 7, true],
    ['below the minimum weight', 1, once(0), once(0), with_({ minWeight: 2 }), 1, false],
    ['weight counted within the time range', 3, once(0, 1, 3), once(0, 1, 2, 3), with_({ range: { from: '2021-08-01', to: '2021-08-20' } }), 2, true],
    ['no shared bucket in range, though both ends are in range', 1, once(0, 3), once(1, 3), with_({ range: { from: '2021-08-01', to: '2021-08-20' } }), 0, false],
    ['the minimum is on the whole weight, not the weight in range', 3, once(0, 1, 3), once(0, 1, 3), with_({ minWeight: 3, range: { from: '2021-08-01', to: '2021-08-20' } }), 2, true],
    ['a light link stays hidden in range', 2, once(0, 3), once(0, 3), with_({ minWeight: 3, range: { from: '2021-08-01', to: '2021-08-20' } }), 1, false],
    ['shared buckets of one publisher', 2, once(0, 1), once(0, 1), with_({ sites: ['The Guardian'] }), 1, true],
    ['many articles a day: the smaller count bounds it', 9, [0, 5, 3, 2], [0, 3, 3, 7], with_({ range: { from: '2021-08-01', to: '2021-08-05' } }), 3, true],
    ['never more than the whole weight', 2, [0, 5], [0, 4], with_({ range: { from: '2021-08-01', to: '2021-08-05' } }), 2, true],
  ])('a link: %s', (_, weight, a, b, filters, effective, visible) => {
    const pa = passingActivity(a, filters, BUCKETS);
    const pb = passingActivity(b, filters, BUCKETS);
    expect(effectiveWeight(weight, filters, pa, pb)).toBe(effective);
    expect(edgeVisible(weight, effectiveWeight(weight, filters, pa, pb), filters, true)).toBe(visible);
  });

  it('keeps the stored weight while the activity of an end is not known', () => {
    expect(effectiveWeight(4, with_({ range: { from: '2021-08-01', to: '2021-08-05' } }), null, once(0))).toBe(4);
  });

  it.each([
    [[], [], 0],
    [[0, 1, 2, 3, 5, 1], [1, 1, 2, 1, 5, 4, 9, 1], 2],
    [[1, 2, 3, 2], [4, 5], 0],
    [[7, 3], [7, 8], 3],
  ])('activity %j and %j share at most %i articles', (a, b, n) => {
    expect(sharedBound(a, b)).toBe(n);
  });

  it('hides a link whose entity is hidden, whatever its weight', () => {
    expect(edgeVisible(9, 9, INITIAL_FILTERS, false)).toBe(false);
  });

  it('lists the distinct article days in order for the slider', () => {
    expect(articleDays([...BUCKETS].reverse())).toEqual(DAYS);
  });
});

describe('defaultMinWeight', () => {
  it.each([
    ['few links: all shown', [1, 1, 2], 10, 1],
    ['no links', [], 10, 1],
    ['two entities, 4 links each at most: the 8th heaviest', [9, 8, 7, 6, 5, 4, 3, 2, 1, 1, 1], 2, 2],
    ['ties keep every link of the cut weight', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], 2, 3],
    ['all light: never above the lightest', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 1, 1],
  ])('%s', (_, weights, nodes, expected) => {
    expect(defaultMinWeight(weights, nodes)).toBe(expected);
  });
});

describe('search producers', () => {
  const hit = { id: 'person:joe-biden', kind: 'person' as const, name: 'Joe Biden', nameEn: 'Joe Biden', nameJa: 'ジョー・バイデン', matched: 'バイデン', score: 100 };
  it.each([
    ['results for the text typed', searchFinished(searchStarted(INITIAL_SEARCH, 'バイデン'), 'バイデン', [hit]), { text: 'バイデン', status: 'done', hits: [hit], message: null }],
    ['results for an older text are dropped', searchFinished(searchStarted(INITIAL_SEARCH, 'バイデン大統領'), 'バイデン', [hit]), { text: 'バイデン大統領', status: 'searching', hits: [], message: null }],
    ['nothing found says so', searchFinished(searchStarted(INITIAL_SEARCH, 'zzz'), 'zzz', []), { text: 'zzz', status: 'done', hits: [], message: 'Nothing found for "zzz".' }],
    ['a failure keeps the reason', searchFailed(searchStarted(INITIAL_SEARCH, 'x'), 'x', 'Neo4j is not reachable.'), { text: 'x', status: 'error', hits: [], message: 'Neo4j is not reachable.' }],
    ['a chosen hit closes the list and keeps the text', hitChosen(searchFinished(searchStarted(INITIAL_SEARCH, 'Biden'), 'Biden', [hit])), { text: 'Biden', status: 'idle', hits: [], message: null }],
  ])('%s', (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});
