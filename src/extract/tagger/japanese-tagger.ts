/** Tagging kuromoji tokens with the trained Japanese weights: features → scores → Viterbi → spans. */
import type { IpadicFeatures } from 'kuromoji';
import { viterbi } from './decode.js';
import { JAPANESE_FEATURE_COUNT, japaneseColumns, japaneseFeatures } from './japanese-features.js';
import { LABEL_COUNT, spansFromLabels, type TaggedSpan } from './labels.js';
import { addFeatureScores, type WeightTable } from './weight-table.js';

const L = LABEL_COUNT;

export function tagJapaneseTokens(table: WeightTable, tokens: readonly IpadicFeatures[], text: string): TaggedSpan[] {
  const n = tokens.length;
  if (n === 0) return [];
  const cols = japaneseColumns(tokens, text);
  const features = new Uint32Array(JAPANESE_FEATURE_COUNT);
  const emission = new Float32Array(n * L);
  for (let t = 0; t < n; t++) {
    japaneseFeatures(cols, t, features);
    addFeatureScores(table, features, JAPANESE_FEATURE_COUNT, emission, t * L);
  }
  const labels = viterbi(emission, table.transitions, n);
  return spansFromLabels(labels, cols.starts, cols.ends);
}
