/**
 * Which gold records a model was trained on. The split is fixed by the record id alone (a hash
 * bucket), so training and scoring agree without sharing a list of ids, and the model file
 * carries the rules it was trained with.
 */
import { hashString } from './hash.js';

export const SPLIT_BUCKETS = 10;

/** The bucket (0–9) of a record id: FNV-1a of the id, modulo 10. */
export const splitBucket = (id: string): number => hashString(id) % SPLIT_BUCKETS;

/**
 * Records whose id starts with `idPrefix` were used for training, except those whose bucket is
 * below `heldOutBelow` (0: every one was used).
 */
export interface TrainingRule {
  file: string;
  idPrefix: string;
  heldOutBelow: number;
}

export function usedForTraining(rules: readonly TrainingRule[], id: string): boolean {
  return rules.some((rule) => id.startsWith(rule.idPrefix) && splitBucket(id) >= rule.heldOutBelow);
}
