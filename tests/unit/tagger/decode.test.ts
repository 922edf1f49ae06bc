import { describe, expect, it } from 'vitest';
import { viterbi } from '../../../src/extract/tagger/decode.js';
import { LABEL_COUNT, LABEL_NAMES } from '../../../src/extract/tagger/labels.js';

const L = LABEL_COUNT;
const id = (name: string) => LABEL_NAMES.indexOf(name);

/** Emission scores from a list of {label: score} per token; unspecified labels score 0. */
function emission(tokens: Array<Record<string, number>>): Float32Array {
  const scores = new Float32Array(tokens.length * L);
  tokens.forEach((token, t) => {
    for (const [name, score] of Object.entries(token)) scores[t * L + id(name)] = score;
  });
  return scores;
}

const noTransitions = new Float32Array((L + 1) * L);

describe('viterbi', () => {
  it.each<[string, Array<Record<string, number>>, Float32Array, string[]]>([
    ['picks the best label per token when transitions are flat', [{ 'B-person': 2 }, { O: 1 }, { 'B-location': 3 }], noTransitions, ['B-person', 'O', 'B-location']],
    // I-person scores best for the second token, but may not follow O: B-person I-person wins overall.
    ['never puts I-x after O', [{ O: 1, 'B-person': 0.9 }, { 'I-person': 5 }], noTransitions, ['B-person', 'I-person']],
    ['never starts with I-x', [{ 'I-location': 9, O: 1 }], noTransitions, ['O']],
    [
      'a transition bonus changes the path',
      [{ 'B-organization': 1, O: 1.1 }, { 'I-organization': 1, O: 1 }],
      (() => {
        const t = new Float32Array((L + 1) * L);
        t[id('B-organization') * L + id('I-organization')] = 2;
        return t;
      })(),
      ['B-organization', 'I-organization'],
    ],
  ])('%s', (_, tokens, transitions, expected) => {
    const labels = viterbi(emission(tokens), transitions, tokens.length);
    expect(Array.from(labels, (l) => LABEL_NAMES[l])).toEqual(expected);
  });

  it('returns nothing for no tokens', () => {
    expect(viterbi(new Float32Array(0), noTransitions, 0)).toHaveLength(0);
  });
});
