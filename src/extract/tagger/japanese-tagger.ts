/** Tagging kuromoji tokens with the trained Japanese weights: features → scores → Viterbi → spans. */
import type { IpadicFeatures } from 'kuromoji';
import { CLOSED_SCORE, viterbi } from './decode.js';
import { JAPANESE_FEATURE_COUNT, japaneseColumns, japaneseFeatures } from './japanese-features.js';
import { LABEL_COUNT, spansFromLabels, type TaggedSpan } from './labels.js';
import { addFeatureScores, type WeightTable } from './weight-table.js';

const L = LABEL_COUNT;
const features = new Uint32Array(JAPANESE_FEATURE_COUNT);
let emission = new Float32Array(256 * L);

export function tagJapaneseTokens(table: WeightTable, tokens: readonly IpadicFeatures[], text: string): TaggedSpan[] {
  const n = tokens.length;
  if (n === 0) return [];
  const cols = japaneseColumns(tokens, text);
  if (emission.length < n * L) emission = new Float32Array(n * L * 2);
  emission.fill(0, 0, n * L);
  for (let t = 0; t < n; t++) {
    if (cols.open[t] === 0) {
      // Closed-class tokens are O: every other label is ruled out without scoring.
      emission.fill(CLOSED_SCORE, t * L + 1, (t + 1) * L);
      continue;
    }
    japaneseFeatures(cols, t, features);
    addFeatureScores(table, features, JAPANESE_FEATURE_COUNT, emission, t * L);
  }
  const labels = viterbi(emission, table.transitions, n, undefined, cols.open);
  return spansFromLabels(labels, cols.starts, cols.ends);
}
