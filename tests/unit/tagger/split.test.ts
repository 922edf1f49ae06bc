import { describe, expect, it } from 'vitest';
import { splitBucket, usedForTraining, type TrainingRule } from '../../../src/extract/tagger/split.js';

const rules: TrainingRule[] = [
  { file: 'train.jsonl', idPrefix: 'train-', heldOutBelow: 0 },
  { file: 'news.jsonl', idPrefix: 'news-', heldOutBelow: 2 },
];

describe('the training split', () => {
  it('puts an id in a fixed bucket 0–9', () => {
    expect(splitBucket('news-1')).toBe(splitBucket('news-1'));
    const buckets = new Set(Array.from({ length: 200 }, (_, i) => splitBucket(`news-${i}`)));
    expect([...buckets].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('holds out the low buckets of a rule and nothing of a rule with heldOutBelow 0', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `news-${i}`);
    const heldOut = ids.filter((id) => !usedForTraining(rules, id));
    expect(heldOut.length).toBeGreaterThan(20);
    expect(heldOut.length).toBeLessThan(60);
    expect(heldOut.every((id) => splitBucket(id) < 2)).toBe(true);
    expect(usedForTraining(rules, 'train-17')).toBe(true);
    expect(usedForTraining(rules, 'other-17')).toBe(false);
  });
});
