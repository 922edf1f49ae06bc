/** Viterbi decoding over BIO labels, with transitions that BIO forbids (O → I-x) ruled out. */
import { LABEL_COUNT, allowedAfter } from './labels.js';

const L = LABEL_COUNT;

/** The emission score that rules a label out for a token (finite, so sums never turn NaN). */
export const CLOSED_SCORE = -1e9;

/** `allowed[prev * L + label]`; prev = L stands for the sentence start. */
const ALLOWED: Uint8Array = (() => {
  const allowed = new Uint8Array((L + 1) * L);
  for (let prev = 0; prev <= L; prev++) {
    for (let label = 0; label < L; label++) {
      allowed[prev * L + label] = allowedAfter(prev === L ? 0 : prev, label) ? 1 : 0;
    }
  }
  return allowed;
})();

// Work buffers reused from call to call: decoding allocates nothing but its result.
let backBuffer = new Uint8Array(256 * L);
const scoreBuffer = new Float64Array(L);
const nextBuffer = new Float64Array(L);

/**
 * The best label sequence for `count` tokens, given per-token label scores
 * (`emission[t * L + label]`) and transition scores (`transitions[prev * L + label]`, prev = L
 * for the start). Tokens with `open[t] === 0` are O without a search. Writes into `out` and
 * returns it.
 */
export function viterbi(
  emission: Float32Array | Float64Array,
  transitions: Float32Array | Float64Array,
  count: number,
  out: Uint8Array = new Uint8Array(count),
  open?: Uint8Array,
): Uint8Array {
  if (count === 0) return out;
  if (backBuffer.length < count * L) backBuffer = new Uint8Array(count * L * 2);
  const back = backBuffer;
  let score = scoreBuffer;
  let next = nextBuffer;
  for (let label = 0; label < L; label++) {
    score[label] = ALLOWED[L * L + label] ? transitions[L * L + label]! + emission[label]! : -Infinity;
  }
  for (let t = 1; t < count; t++) {
    if (open !== undefined && open[t] === 0) {
      // A closed-class token can only be O: one column of work instead of L.
      let best = -Infinity;
      let bestPrev = 0;
      for (let prev = 0; prev < L; prev++) {
        const s = score[prev]! + transitions[prev * L]!;
        if (s > best) {
          best = s;
          bestPrev = prev;
        }
      }
      next.fill(-Infinity);
      next[0] = best + emission[t * L]!;
      back[t * L] = bestPrev;
    } else {
      for (let label = 0; label < L; label++) {
        let best = -Infinity;
        let bestPrev = 0;
        for (let prev = 0; prev < L; prev++) {
          if (!ALLOWED[prev * L + label]) continue;
          const s = score[prev]! + transitions[prev * L + label]!;
          if (s > best) {
            best = s;
            bestPrev = prev;
          }
        }
        next[label] = best + emission[t * L + label]!;
        back[t * L + label] = bestPrev;
      }
    }
    const swap = score;
    score = next;
    next = swap;
  }
  let bestLabel = 0;
  for (let label = 1; label < L; label++) if (score[label]! > score[bestLabel]!) bestLabel = label;
  out[count - 1] = bestLabel;
  for (let t = count - 1; t > 0; t--) {
    bestLabel = back[t * L + bestLabel]!;
    out[t - 1] = bestLabel;
  }
  return out;
}
