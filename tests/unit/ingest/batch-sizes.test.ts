import { describe, expect, it } from 'vitest';
import { batchSizeAt } from '../../../ingest/batch-sizes.js';

describe('batchSizeAt: slow start up to the batch size', () => {
  it.each([
    // index, first, full → size
    [0, 25, 400, 25],
    [1, 25, 400, 50],
    [2, 25, 400, 100],
    [3, 25, 400, 200],
    [4, 25, 400, 400],
    [5, 25, 400, 400],
    [40, 25, 400, 400],
    [1_000, 25, 400, 400],
    [0, 25, 30, 25],
    [1, 25, 30, 30],
    // first ≥ full: slow start off
    [0, 400, 400, 400],
    [0, 500, 400, 400],
    [3, 1000, 100, 100],
    // degenerate sizes are at least 1
    [0, 0, 400, 1],
    [2, 0, 400, 4],
    [0, 25, 0, 1],
    [-1, 25, 400, 25],
  ])('batch %i, first %i, full %i → %i', (index, first, full, expected) => {
    expect(batchSizeAt(index, first, full)).toBe(expected);
  });
});
