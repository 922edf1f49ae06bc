/**
 * The trained weights at run time: an open-addressing table from feature hash to its per-label
 * weights, 16 bytes a slot: the hash and six 16-bit weights side by side, so a lookup touches one
 * place in memory and allocates nothing. Only differences between labels matter to decoding, so
 * each row is shifted to make the O weight 0 and O is not stored.
 */
import { LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;
/** Slot width in 16-bit words: the hash (2 words), then the weights of labels 1…L-1. */
const W16 = 8;
const W32 = 4;

export interface WeightTable {
  mask: number;
  /** keys[slot * 4] is the feature hash (0 = empty). */
  keys: Uint32Array;
  /** weights[slot * 8 + 1 + label] for label 1…L-1, in units of `unit`. */
  weights: Int16Array;
  /** `transitions[prev * L + label]` in units of `unit`; prev = L for the sentence start. */
  transitions: Float32Array;
  /** What one weight unit is worth. */
  unit: number;
}

export function buildWeightTable(hashes: Uint32Array, rowWeights: Float32Array, transitions: Float32Array): WeightTable {
  let capacity = 16;
  // Load factor below 0.7 keeps probe runs short while the table stays small enough to cache well.
  while (capacity * 0.7 < hashes.length) capacity *= 2;
  const mask = capacity - 1;
  let largest = 0;
  for (let r = 0; r < hashes.length; r++) {
    for (let label = 1; label < L; label++) largest = Math.max(largest, Math.abs(rowWeights[r * L + label]! - rowWeights[r * L]!));
  }
  const unit = largest === 0 ? 1 : largest / 32767;
  const buffer = new ArrayBuffer(capacity * W32 * 4);
  const keys = new Uint32Array(buffer);
  const weights = new Int16Array(buffer);
  for (let r = 0; r < hashes.length; r++) {
    const hash = hashes[r]!;
    let slot = hash & mask;
    while (keys[slot * W32] !== 0 && keys[slot * W32] !== hash) slot = (slot + 1) & mask;
    keys[slot * W32] = hash;
    for (let label = 1; label < L; label++) {
      weights[slot * W16 + 1 + label] = Math.round((rowWeights[r * L + label]! - rowWeights[r * L]!) / unit);
    }
  }
  return { mask, keys, weights, transitions: transitions.map((t) => t / unit), unit };
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
      const key = keys[slot * W32]!;
      if (key === hash) {
        const base = slot * W16 + 1;
        for (let label = 1; label < L; label++) scores[at + label]! += weights[base + label]!;
        break;
      }
      if (key === 0) break;
      slot = (slot + 1) & mask;
    }
  }
}
