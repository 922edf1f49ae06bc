import { describe, expect, it } from 'vitest';
import { evalTypeOf, scoreAll, type EvalSpan } from '../../../src/eval/score.js';

const p = (start: number, end: number): EvalSpan => ({ start, end, type: 'person' });
const l = (start: number, end: number): EvalSpan => ({ start, end, type: 'location' });
const o = (start: number, end: number): EvalSpan => ({ start, end, type: 'organization' });

describe('evalTypeOf', () => {
  it.each([
    ['person', 'person'],
    ['location', 'location'],
    ['country', 'location'],
    ['organization', 'organization'],
    ['source', 'organization'],
    ['date', null],
    ['', null],
  ])('%s → %s', (kind, expected) => {
    expect(evalTypeOf(kind)).toBe(expected);
  });
});

describe('scoreAll: exact span match', () => {
  const cases: Array<{
    name: string;
    texts: Array<{ gold: EvalSpan[]; predicted: EvalSpan[] }>;
    micro: [gold: number, predicted: number, correct: number, precision: number, recall: number, f1: number];
  }> = [
    { name: 'all found', texts: [{ gold: [p(0, 3), l(5, 7)], predicted: [p(0, 3), l(5, 7)] }], micro: [2, 2, 2, 1, 1, 1] },
    { name: 'nothing predicted', texts: [{ gold: [p(0, 3)], predicted: [] }], micro: [1, 0, 0, 0, 0, 0] },
    { name: 'nothing in gold', texts: [{ gold: [], predicted: [o(0, 2)] }], micro: [0, 1, 0, 0, 0, 0] },
    { name: 'span one character short', texts: [{ gold: [p(0, 3)], predicted: [p(0, 2)] }], micro: [1, 1, 0, 0, 0, 0] },
    { name: 'right span, wrong type', texts: [{ gold: [p(0, 3)], predicted: [o(0, 3)] }], micro: [1, 1, 0, 0, 0, 0] },
    { name: 'a duplicate prediction counts once', texts: [{ gold: [p(0, 3)], predicted: [p(0, 3), p(0, 3)] }], micro: [1, 1, 1, 1, 1, 1] },
    {
      name: 'half right over two texts',
      texts: [
        { gold: [p(0, 3), l(4, 6)], predicted: [p(0, 3)] },
        { gold: [o(0, 4)], predicted: [o(0, 4), l(5, 8)] },
      ],
      // 2 of 3 predictions right, 2 of 3 gold found.
      micro: [3, 3, 2, 2 / 3, 2 / 3, 2 / 3],
    },
    {
      name: 'precision and recall differ',
      texts: [{ gold: [p(0, 2), p(3, 5), p(6, 8), p(9, 11)], predicted: [p(0, 2)] }],
      micro: [4, 1, 1, 1, 0.25, 0.4],
    },
  ];
  it.each(cases)('$name', ({ texts, micro }) => {
    const scores = scoreAll(texts);
    const [gold, predicted, correct, precision, recall, f1] = micro;
    expect(scores.micro).toMatchObject({ gold, predicted, correct });
    expect(scores.micro.precision).toBeCloseTo(precision, 10);
    expect(scores.micro.recall).toBeCloseTo(recall, 10);
    expect(scores.micro.f1).toBeCloseTo(f1, 10);
  });

  it('keeps the types apart', () => {
    const scores = scoreAll([{ gold: [p(0, 3), l(4, 6), o(7, 9)], predicted: [p(0, 3), l(4, 5), o(7, 9), o(10, 12)] }]);
    expect(scores.byType.person).toMatchObject({ gold: 1, predicted: 1, correct: 1, f1: 1 });
    expect(scores.byType.location).toMatchObject({ gold: 1, predicted: 1, correct: 0, f1: 0 });
    expect(scores.byType.organization).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 0.5, recall: 1 });
    expect(scores.micro).toMatchObject({ gold: 3, predicted: 4, correct: 2 });
  });
});
