/** Tagging kuromoji tokens with the trained Japanese weights: features → scores → Viterbi → spans. */
import type { IpadicFeatures } from 'kuromoji';
import { CLOSED_SCORE, viterbi } from './decode.js';
import {
  GROUP,
  JAPANESE_FEATURE_COUNT,
  PAD,
  japaneseColumns,
  japaneseFeatures,
  next2Features,
  nextFeatures,
  pairFeatures,
  prev2Features,
  prevFeatures,
  selfFeatures,
  type JapaneseColumns,
} from './japanese-features.js';
import { LABEL_COUNT, spansFromLabels, type TaggedSpan } from './labels.js';
import { addFeatureScores, type WeightTable } from './weight-table.js';

const L = LABEL_COUNT;
const features = new Uint32Array(JAPANESE_FEATURE_COUNT);
let emission = new Float32Array(256 * L);

function growEmission(n: number): Float32Array {
  if (emission.length < n * L) emission = new Float32Array(n * L * 2);
  emission.fill(0, 0, n * L);
  return emission;
}

/** Every feature looked up for every token: the reference the fast path must equal. */
export function tagJapaneseTokens(table: WeightTable, tokens: readonly IpadicFeatures[], text: string): TaggedSpan[] {
  const n = tokens.length;
  if (n === 0) return [];
  const cols = japaneseColumns(tokens, text);
  const scores = growEmission(n);
  for (let t = 0; t < n; t++) {
    if (cols.open[t] === 0) {
      // Closed-class tokens are O: every other label is ruled out without scoring.
      scores.fill(CLOSED_SCORE, t * L + 1, (t + 1) * L);
      continue;
    }
    japaneseFeatures(cols, t, features);
    addFeatureScores(table, features, JAPANESE_FEATURE_COUNT, scores, t * L);
  }
  return spansFromLabels(viterbi(scores, table.transitions, n, undefined, cols.open), cols.starts, cols.ends);
}

/** Offsets of each group's label scores in a word's remembered vector. */
const SELF = 0;
const NEXT = L;
const PREV = 2 * L;
const NEXT2 = 3 * L;
const PREV2 = 4 * L;
const VECTOR = 5 * L;

/**
 * The fast path: the scores of the features that read one token only (see GROUP) are summed once
 * per dictionary word and remembered, so each token costs one lookup per pair feature plus five
 * vector additions. Gives exactly the reference's spans (weights are whole units, sums are exact).
 */
export function japaneseTagger(table: WeightTable): (tokens: readonly IpadicFeatures[], text: string) => TaggedSpan[] {
  const known = new Map<number, Float32Array>();
  const scratch = new Uint32Array(GROUP.self);
  // Remembered vectors are views into shared blocks: one ArrayBuffer per 4,096 words rather than
  // per word, so the garbage collector has a few hundred buffers to track instead of 200,000.
  const BLOCK = 4096;
  let block = new Float32Array(0);
  let used = BLOCK;
  const rememberedVector = (): Float32Array => {
    if (used === BLOCK) {
      block = new Float32Array(BLOCK * VECTOR);
      used = 0;
    }
    return block.subarray(VECTOR * used, VECTOR * ++used);
  };

  const vectorOf = (cols: JapaneseColumns, at: number, into: Float32Array): Float32Array => {
    into.fill(0);
    selfFeatures(cols, at, scratch, 0);
    addFeatureScores(table, scratch, GROUP.self, into, SELF);
    nextFeatures(cols, at, scratch, 0);
    addFeatureScores(table, scratch, GROUP.next, into, NEXT);
    prevFeatures(cols, at, scratch, 0);
    addFeatureScores(table, scratch, GROUP.prev, into, PREV);
    next2Features(cols, at, scratch, 0);
    addFeatureScores(table, scratch, GROUP.next2, into, NEXT2);
    prev2Features(cols, at, scratch, 0);
    addFeatureScores(table, scratch, GROUP.prev2, into, PREV2);
    return into;
  };

  // The padding around a sentence (two positions each side) gives its neighbours fixed features.
  const edges = japaneseColumns([], '');
  const bos = vectorOf(edges, 0, new Float32Array(VECTOR));
  const eos = vectorOf(edges, 2 * PAD - 1, new Float32Array(VECTOR));
  let vectors: Float32Array[] = [];
  let spare: Float32Array[] = [];

  return (tokens, text) => {
    const n = tokens.length;
    if (n === 0) return [];
    const cols = japaneseColumns(tokens, text);
    if (vectors.length < n + 2 * PAD) {
      vectors = new Array<Float32Array>(2 * (n + 2 * PAD));
      spare = Array.from({ length: vectors.length }, () => new Float32Array(VECTOR));
    }
    vectors[0] = vectors[1] = bos;
    vectors[n + PAD] = vectors[n + PAD + 1] = eos;
    for (let t = 0; t < n; t++) {
      const token = tokens[t]!;
      const at = t + PAD;
      if (token.word_type !== 'KNOWN') {
        vectors[at] = vectorOf(cols, at, spare[at]!);
        continue;
      }
      let vector = known.get(token.word_id);
      if (vector === undefined) {
        if (known.size >= 200_000) known.clear();
        vector = vectorOf(cols, at, rememberedVector());
        known.set(token.word_id, vector);
      }
      vectors[at] = vector;
    }
    const scores = growEmission(n);
    for (let t = 0; t < n; t++) {
      const o = t * L;
      if (cols.open[t] === 0) {
        scores.fill(CLOSED_SCORE, o + 1, o + L);
        continue;
      }
      const at = t + PAD;
      const self = vectors[at]!;
      const before = vectors[at - 1]!;
      const after = vectors[at + 1]!;
      const before2 = vectors[at - 2]!;
      const after2 = vectors[at + 2]!;
      for (let label = 1; label < L; label++) {
        scores[o + label] = self[SELF + label]! + before[NEXT + label]! + after[PREV + label]! + before2[NEXT2 + label]! + after2[PREV2 + label]!;
      }
      pairFeatures(cols, at, features, 0);
      addFeatureScores(table, features, GROUP.pair, scores, o);
    }
    return spansFromLabels(viterbi(scores, table.transitions, n, undefined, cols.open), cols.starts, cols.ends);
  };
}
