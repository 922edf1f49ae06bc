/**
 * The trained weights at run time: an open-addressing table from feature hash to its per-label
 * weights. Each slot holds the hash and the weights side by side (8 × 32 bits, one half cache
 * line), so looking up a feature touches one place in memory and allocates nothing.
 */
import { LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;
/** Slot width in 32-bit words: the hash, then L weights. */
const W = 8;

export interface WeightTable {
  mask: number;
  /** Slot s: keys[s * W] is the feature hash (0 = empty); weights[s * W + 1 + label]. */
  keys: Uint32Array;
  weights: Float32Array;
  /** `transitions[prev * L + label]`, prev = L for the sentence start. */
  transitions: Float32Array;
}

export function buildWeightTable(hashes: Uint32Array, rowWeights: Float32Array, transitions: Float32Array): WeightTable {
  let capacity = 16;
  // Load factor below 0.7 keeps probe runs short while the table stays small enough to cache well.
  while (capacity * 0.7 < hashes.length) capacity *= 2;
  const mask = capacity - 1;
  const buffer = new ArrayBuffer(capacity * W * 4);
  const keys = new Uint32Array(buffer);
  const weights = new Float32Array(buffer);
  for (let r = 0; r < hashes.length; r++) {
    const hash = hashes[r]!;
    let slot = hash & mask;
    while (keys[slot * W] !== 0 && keys[slot * W] !== hash) slot = (slot + 1) & mask;
    keys[slot * W] = hash;
    for (let label = 0; label < L; label++) weights[slot * W + 1 + label] = rowWeights[r * L + label]!;
  }
  return { mask, keys, weights, transitions };
}

/** Adds the weights of every known feature in `features[0, count)` to `scores[at, at + L)`. */
export function addFeatureScores(
  table: WeightTable,
  features: Uint32Array,
  count: number,
  scores: Float32Array,
  at: number,
): void {
  const { mask, keys, weights } = table;
  for (let f = 0; f < count; f++) {
    const hash = features[f]!;
    let slot = hash & mask;
    for (;;) {
      const key = keys[slot * W]!;
      if (key === hash) {
        const base = slot * W + 1;
        for (let label = 0; label < L; label++) scores[at + label]! += weights[base + label]!;
        break;
      }
      if (key === 0) break;
      slot = (slot + 1) & mask;
    }
  }
}
