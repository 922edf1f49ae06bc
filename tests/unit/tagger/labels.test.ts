import { describe, expect, it } from 'vitest';
import { LABEL_NAMES, allowedAfter, labelsFromSpans, spansFromLabels, type TaggedSpan } from '../../../src/extract/tagger/labels.js';

const label = (name: string) => LABEL_NAMES.indexOf(name);
const names = (labels: ArrayLike<number>) => Array.from(labels, (l) => LABEL_NAMES[l]);

// Tokens of "英国のジョンソン首相": 英国 | の | ジョンソン | 首相
const starts = [0, 2, 3, 8];
const ends = [2, 3, 8, 10];

describe('labelsFromSpans', () => {
  it.each<[string, TaggedSpan[], string[]]>([
    ['no spans', [], ['O', 'O', 'O', 'O']],
    ['two one-token spans', [{ start: 0, end: 2, type: 'location' }, { start: 3, end: 8, type: 'person' }], ['B-location', 'O', 'B-person', 'O']],
    ['a span over three tokens', [{ start: 0, end: 8, type: 'organization' }], ['B-organization', 'I-organization', 'I-organization', 'O']],
    ['a span ending inside a token keeps its whole tokens', [{ start: 0, end: 5, type: 'organization' }], ['B-organization', 'I-organization', 'O', 'O']],
  ])('%s', (_, spans, expected) => {
    expect(names(labelsFromSpans(starts, ends, spans))).toEqual(expected);
  });
});

describe('spansFromLabels', () => {
  it.each<[string, string[], TaggedSpan[]]>([
    ['nothing', ['O', 'O', 'O', 'O'], []],
    ['B I joins', ['B-organization', 'I-organization', 'O', 'O'], [{ start: 0, end: 3, type: 'organization' }]],
    ['B B are two spans', ['B-location', 'B-location', 'O', 'O'], [{ start: 0, end: 2, type: 'location' }, { start: 2, end: 3, type: 'location' }]],
    ['a stray I starts a span', ['O', 'O', 'I-person', 'O'], [{ start: 3, end: 8, type: 'person' }]],
    ['I of another type starts a new span', ['B-location', 'I-person', 'O', 'O'], [{ start: 0, end: 2, type: 'location' }, { start: 2, end: 3, type: 'person' }]],
    ['a span at the end', ['O', 'O', 'B-person', 'I-person'], [{ start: 3, end: 10, type: 'person' }]],
  ])('%s', (_, labelNames, expected) => {
    expect(spansFromLabels(labelNames.map(label), starts, ends)).toEqual(expected);
  });
});

describe('allowedAfter', () => {
  it.each([
    ['O', 'B-person', true],
    ['O', 'I-person', false],
    ['B-person', 'I-person', true],
    ['I-person', 'I-person', true],
    ['B-location', 'I-person', false],
    ['I-organization', 'O', true],
  ])('%s → %s: %s', (previous, next, expected) => {
    expect(allowedAfter(label(previous), label(next))).toBe(expected);
  });
});
