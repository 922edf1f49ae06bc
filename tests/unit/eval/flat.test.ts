import { describe, expect, it } from 'vitest';
import { outermostSpans } from '../../../src/eval/flat.js';

type S = { start: number; end: number; kind: string };
const s = (start: number, end: number, kind = 'x'): S => ({ start, end, kind });

describe('outermostSpans: the flat scoring view', () => {
  it.each<[string, S[], S[]]>([
    ['nothing', [], []],
    ['disjoint spans all stay', [s(0, 2), s(3, 5)], [s(0, 2), s(3, 5)]],
    ['米 inside 米軍 goes', [s(0, 1, 'country'), s(0, 2, 'organization')], [s(0, 2, 'organization')]],
    ['バイデン inside バイデン政権 goes', [s(0, 6, 'organization'), s(0, 4, 'person')], [s(0, 6, 'organization')]],
    ['a span ending where the outer one ends goes', [s(0, 6), s(2, 6)], [s(0, 6)]],
    ['a span strictly inside goes', [s(1, 9), s(3, 5)], [s(1, 9)]],
    ['the same extent twice: both stay', [s(0, 3, 'person'), s(0, 3, 'organization')], [s(0, 3, 'person'), s(0, 3, 'organization')]],
    ['crossing spans both stay', [s(0, 4), s(2, 6)], [s(0, 4), s(2, 6)]],
    ['inside the second of two outer spans', [s(0, 3), s(5, 10), s(6, 8)], [s(0, 3), s(5, 10)]],
    ['unsorted input, sorted output', [s(5, 7), s(0, 2), s(0, 1)], [s(0, 2), s(5, 7)]],
  ])('%s', (_name, input, expected) => {
    expect(outermostSpans(input)).toEqual(expected);
  });
});
