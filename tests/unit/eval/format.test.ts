import { expect, it } from 'vitest';
import { formatScoreTable } from '../../../src/eval/format.js';
import { scoreAll } from '../../../src/eval/score.js';

it('prints one row per type and the micro average, columns aligned', () => {
  const scores = scoreAll([
    {
      gold: [
        { start: 0, end: 2, type: 'person' },
        { start: 3, end: 5, type: 'location' },
      ],
      predicted: [{ start: 0, end: 2, type: 'person' }],
    },
  ]);
  expect(formatScoreTable(scores).split('\n')).toEqual([
    'type          gold  predicted  correct  precision  recall     F1',
    'person           1          1        1      1.000   1.000  1.000',
    'location         1          0        0      0.000   0.000  0.000',
    'organization     0          0        0      0.000   0.000  0.000',
    'micro            2          1        1      1.000   0.500  0.667',
  ]);
});
