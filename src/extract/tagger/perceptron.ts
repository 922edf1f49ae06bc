/**
 * Training: a structured averaged perceptron over BIO labels with Viterbi decoding. Pure and
 * deterministic: the order of sentences in each epoch comes from a seeded generator.
 */
import { CLOSED_SCORE, viterbi } from './decode.js';
import { LABEL_COUNT } from './labels.js';
import { seededRandom } from '../../random.js';

const L = LABEL_COUNT;

export interface TrainingSentence {
  /** Feature hashes, `featuresPerToken` per token, token after token. */
  features: Uint32Array;
  labels: Uint8Array;
  /** 0 for tokens that are always O (closed-class words): neither scored nor learned from. */
  open: Uint8Array;
}

export interface TrainingOptions {
  featuresPerToken: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the number of sentences decoded wrongly. */
  onEpoch?: (epoch: number, mistakes: number) => void;
}

export interface TrainedWeights {
  hashes: Uint32Array;
  weights: Float64Array;
  transitions: Float64Array;
}

export function trainPerceptron(sentences: readonly TrainingSentence[], options: TrainingOptions): TrainedWeights {
  const K = options.featuresPerToken;
  const index = new Map<number, number>();
  const hashes: number[] = [];
  const rowsOf = sentences.map((sentence) => {
    const rows = new Int32Array(sentence.features.length).fill(-1);
    for (let f = 0; f < sentence.features.length; f++) {
      if (sentence.open[Math.floor(f / K)] === 0) continue;
      const hash = sentence.features[f]!;
      let row = index.get(hash);
      if (row === undefined) {
        row = hashes.length;
        index.set(hash, row);
        hashes.push(hash);
      }
      rows[f] = row;
    }
    return rows;
  });

  const weights = new Float64Array(hashes.length * L);
  const weightSums = new Float64Array(hashes.length * L);
  const transitions = new Float64Array((L + 1) * L);
  const transitionSums = new Float64Array((L + 1) * L);
  const random = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  let step = 1;
  let emission = new Float64Array(256 * L);

  const update = (rows: Int32Array, t: number, label: number, delta: number) => {
    for (let f = t * K; f < (t + 1) * K; f++) {
      const at = rows[f]! * L + label;
      weights[at]! += delta;
      weightSums[at]! += step * delta;
    }
  };
  const updateTransition = (prev: number, label: number, delta: number) => {
    transitions[prev * L + label]! += delta;
    transitionSums[prev * L + label]! += step * delta;
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const s of order) {
      const sentence = sentences[s]!;
      const rows = rowsOf[s]!;
      const n = sentence.labels.length;
      if (n === 0) continue;
      if (emission.length < n * L) emission = new Float64Array(n * L * 2);
      emission.fill(0, 0, n * L);
      for (let t = 0; t < n; t++) {
        if (sentence.open[t] === 0) {
          emission.fill(CLOSED_SCORE, t * L + 1, (t + 1) * L);
          continue;
        }
        for (let f = t * K; f < (t + 1) * K; f++) {
          const row = rows[f]! * L;
          for (let label = 0; label < L; label++) emission[t * L + label]! += weights[row + label]!;
        }
      }
      const predicted = viterbi(emission, transitions, n, undefined, sentence.open);
      let wrong = false;
      for (let t = 0; t < n; t++) {
        const gold = sentence.labels[t]!;
        const guess = predicted[t]!;
        if (gold !== guess) {
          wrong = true;
          if (sentence.open[t] === 0) throw new Error(`a closed-class token is labelled ${gold} in training sentence ${s}`);
          update(rows, t, gold, 1);
          update(rows, t, guess, -1);
        }
        const goldPrev = t === 0 ? L : sentence.labels[t - 1]!;
        const guessPrev = t === 0 ? L : predicted[t - 1]!;
        if (goldPrev !== guessPrev || gold !== guess) {
          updateTransition(goldPrev, gold, 1);
          updateTransition(guessPrev, guess, -1);
        }
      }
      if (wrong) mistakes++;
      step++;
    }
    options.onEpoch?.(epoch, mistakes);
  }

  // Averaging: the mean of the weights over every step, from the running sums.
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! - weightSums[i]! / step;
  for (let i = 0; i < transitions.length; i++) transitions[i] = transitions[i]! - transitionSums[i]! / step;
  return { hashes: Uint32Array.from(hashes), weights, transitions };
}

/** Drops features whose largest weight (in absolute value) is below `threshold`. */
export function pruneWeights(trained: TrainedWeights, threshold: number): TrainedWeights {
  const keep: number[] = [];
  for (let r = 0; r < trained.hashes.length; r++) {
    let max = 0;
    for (let label = 0; label < L; label++) max = Math.max(max, Math.abs(trained.weights[r * L + label]!));
    if (max >= threshold) keep.push(r);
  }
  const hashes = new Uint32Array(keep.length);
  const weights = new Float64Array(keep.length * L);
  keep.forEach((r, i) => {
    hashes[i] = trained.hashes[r]!;
    weights.set(trained.weights.subarray(r * L, (r + 1) * L), i * L);
  });
  return { hashes, weights, transitions: trained.transitions };
}
