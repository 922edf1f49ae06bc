import { describe, expect, it } from 'vitest';
import { LABEL_COUNT, LABEL_NAMES } from '../../../src/extract/tagger/labels.js';
import { packModel, unpackModel, type ModelHeader } from '../../../src/extract/tagger/model-file.js';

const L = LABEL_COUNT;
const header: ModelHeader = {
  format: 1,
  language: 'ja',
  labels: [...LABEL_NAMES],
  featuresPerToken: 3,
  scale: 0.01,
  transitions: Array.from({ length: (L + 1) * L }, (_, i) => i / 10),
  training: { seed: 1 },
};

describe('packModel / unpackModel', () => {
  it('round-trips hashes and weights to the quantization step, dropping rows that quantize to zero', () => {
    const hashes = Uint32Array.from([7, 0xffffffff, 12345]);
    const weights = new Float32Array(3 * L);
    weights[0 * L + 1] = 1.234;
    weights[0 * L + 6] = -0.5;
    weights[1 * L + 0] = 0.001; // below half a step: quantizes to 0, so the row goes
    weights[2 * L + 3] = 500;
    const back = unpackModel(packModel({ header, hashes, weights }));
    expect(back.header).toEqual(header);
    expect(Array.from(back.hashes)).toEqual([7, 12345]);
    expect(back.weights[0 * L + 1]).toBeCloseTo(1.23, 5);
    expect(back.weights[0 * L + 6]).toBeCloseTo(-0.5, 5);
    expect(back.weights[0 * L + 2]).toBe(0);
    // 500 / 0.01 exceeds 16 bits: clamped to the largest step.
    expect(back.weights[1 * L + 3]).toBeCloseTo(327.67, 3);
  });

  it('refuses bytes that are not a model', () => {
    expect(() => unpackModel(new TextEncoder().encode('{"not":"a model"}'))).toThrow(/bad magic/);
  });

  it('refuses a truncated model', () => {
    const bytes = packModel({ header, hashes: Uint32Array.from([1, 2]), weights: new Float32Array(2 * L).fill(1) });
    expect(() => unpackModel(bytes.subarray(0, bytes.length - 3))).toThrow(/truncated/);
  });
});
