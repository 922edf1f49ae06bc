import { describe, expect, it } from 'vitest';
import { LABEL_NAMES } from '../../../src/extract/tagger/labels.js';
import { pruneWeights, trainPerceptron, type TrainingSentence } from '../../../src/extract/tagger/perceptron.js';
import { seededRandom } from '../../../src/random.js';

const id = (name: string) => LABEL_NAMES.indexOf(name);

/**
 * A toy language: tokens are words, each with one feature (the word's number). Word 1 is a given
 * name (B-person), 2 a family name after it (I-person), 3 a city (B-location), 9 filler (O).
 */
const WORD_LABEL: Record<number, string> = { 1: 'B-person', 2: 'I-person', 3: 'B-location', 9: 'O' };
const sentence = (words: number[]): TrainingSentence => ({
  features: Uint32Array.from(words.map((w) => 1000 + w)),
  labels: Uint8Array.from(words.map((w) => id(WORD_LABEL[w]!))),
  open: new Uint8Array(words.length).fill(1),
});
const data = [sentence([1, 2, 9, 3]), sentence([9, 3, 9]), sentence([1, 2, 9]), sentence([3, 9, 1, 2])];

describe('trainPerceptron', () => {
  it('learns a separable toy language', () => {
    const trained = trainPerceptron(data, { featuresPerToken: 1, epochs: 5, seed: 7 });
    const best = (word: number) => {
      const row = Array.from(trained.hashes).indexOf(1000 + word);
      const weights = Array.from(trained.weights.subarray(row * 7, row * 7 + 7));
      return LABEL_NAMES[weights.indexOf(Math.max(...weights))];
    };
    expect([best(1), best(3), best(9)]).toEqual(['B-person', 'B-location', 'O']);
  });

  it('is deterministic for a seed', () => {
    const a = trainPerceptron(data, { featuresPerToken: 1, epochs: 3, seed: 42 });
    const b = trainPerceptron(data, { featuresPerToken: 1, epochs: 3, seed: 42 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.transitions)).toEqual(Array.from(b.transitions));
  });

  it('reports the sentences it got wrong per epoch, fewer as it learns', () => {
    const mistakes: number[] = [];
    trainPerceptron(data, { featuresPerToken: 1, epochs: 4, seed: 1, onEpoch: (_, m) => mistakes.push(m) });
    expect(mistakes).toHaveLength(4);
    expect(mistakes[3]).toBeLessThanOrEqual(mistakes[0]!);
    expect(mistakes[3]).toBe(0);
  });
});

describe('pruneWeights', () => {
  it('drops features whose every weight is below the threshold', () => {
    const pruned = pruneWeights(
      { hashes: Uint32Array.from([1, 2]), weights: Float64Array.from([0, 0.2, 0, 0, 0, 0, -0.1, 0, 3, 0, 0, 0, 0, 0]), transitions: new Float64Array(56) },
      0.5,
    );
    expect(Array.from(pruned.hashes)).toEqual([2]);
    expect(pruned.weights[1]).toBe(3);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
