/**
 * The trained weights at run time: an open-addressing table from feature hash to a row of
 * per-label weights, in flat typed arrays so that scoring a token allocates nothing.
 */
import { LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;

export interface WeightTable {
  mask: number;
  /** Feature hash per slot; 0 = empty. */
  keys: Uint32Array;
  /** Row per slot, as an offset into `weights` (row * L). */
  rows: Int32Array;
  weights: Float32Array;
  /** `transitions[prev * L + label]`, prev = L for the sentence start. */
  transitions: Float32Array;
}

export function buildWeightTable(hashes: Uint32Array, weights: Float32Array, transitions: Float32Array): WeightTable {
  let capacity = 16;
  while (capacity < hashes.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const keys = new Uint32Array(capacity);
  const rows = new Int32Array(capacity);
  for (let r = 0; r < hashes.length; r++) {
    const hash = hashes[r]!;
    let slot = hash & mask;
    while (keys[slot] !== 0 && keys[slot] !== hash) slot = (slot + 1) & mask;
    keys[slot] = hash;
    rows[slot] = r * L;
  }
  return { mask, keys, rows, weights, transitions };
}

/** Adds the weights of every known feature in `features[0, count)` to `scores[at, at + L)`. */
export function addFeatureScores(
  table: WeightTable,
  features: Uint32Array,
  count: number,
  scores: Float32Array,
  at: number,
): void {
  const { mask, keys, rows, weights } = table;
  for (let f = 0; f < count; f++) {
    const hash = features[f]!;
    let slot = hash & mask;
    for (;;) {
      const key = keys[slot]!;
      if (key === hash) {
        const row = rows[slot]!;
        for (let label = 0; label < L; label++) scores[at + label]! += weights[row + label]!;
        break;
      }
      if (key === 0) break;
      slot = (slot + 1) & mask;
    }
  }
}
