import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/eval/evaluate.js';
import type { GoldRecord } from '../../../src/eval/gold.js';

const record = (id: string, start: number, end: number): GoldRecord => ({
  id,
  lang: 'ja',
  text: '東京と大阪と名古屋',
  entities: [{ start, end, type: 'location' }],
  line: 1,
});

// A predictor that always answers "東京" (0–2): right for the first record only.
const tokyo = () => [{ start: 0, end: 2, type: 'location' as const }];

describe('evaluate', () => {
  const records = [record('r1', 0, 2), record('r2', 3, 5), record('r3', 6, 9)];

  it('scores every record', async () => {
    const result = await evaluate(records, tokyo);
    expect(result.scored).toBe(3);
    expect(result.scores.micro).toMatchObject({ gold: 3, predicted: 3, correct: 1 });
  });

  it('skips records the model was trained on', async () => {
    const result = await evaluate(records, tokyo, { seenInTraining: (r) => r.id === 'r1' });
    expect(result.skippedSeen).toBe(1);
    expect(result.scored).toBe(2);
    expect(result.scores.micro).toMatchObject({ gold: 2, predicted: 2, correct: 0 });
  });

  it('stops after the limit, counting only scored records', async () => {
    const result = await evaluate(records, tokyo, { seenInTraining: (r) => r.id === 'r1', limit: 1 });
    expect(result.scored).toBe(1);
    expect(result.scores.micro).toMatchObject({ gold: 1, correct: 0 });
  });
});
