/**
 * The packed model file: a small JSON header, then the feature hashes and their non-zero label
 * weights quantized to 16 bits. Weights are sparse per feature (most features speak for one or
 * two labels), so each row stores a label bitmask and only the weights it sets.
 *
 * Layout (little-endian): "NGTG" | u32 header bytes | header JSON (UTF-8) | pad to 4 |
 * u32 feature count F | u32 hashes[F] | u8 masks[F] | i16 weights[popcount of all masks].
 */
import { LABEL_COUNT } from './labels.js';

const MAGIC = 0x4754474e; // "NGTG" read as little-endian u32
const L = LABEL_COUNT;

export interface ModelHeader {
  format: 1;
  language: 'ja' | 'en';
  labels: string[];
  featuresPerToken: number;
  /** A stored weight w means w * scale. */
  scale: number;
  /** `transitions[prev * L + label]`, prev = L for the start, already scaled. */
  transitions: number[];
  /** How the model was trained: files, split, epochs, seed. */
  training: Record<string, unknown>;
}

export interface ModelData {
  header: ModelHeader;
  hashes: Uint32Array;
  /** `weights[row * L + label]`, already scaled. */
  weights: Float32Array;
}

/** Packs weights; rows whose weights all quantize to 0 are dropped. */
export function packModel(model: ModelData): Uint8Array {
  const { header, hashes, weights } = model;
  const scale = header.scale;
  const masks: number[] = [];
  const kept: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < hashes.length; r++) {
    let mask = 0;
    const rowValues: number[] = [];
    for (let label = 0; label < L; label++) {
      const q = Math.round(weights[r * L + label]! / scale);
      if (q === 0) continue;
      mask |= 1 << label;
      rowValues.push(Math.max(-32767, Math.min(32767, q)));
    }
    if (mask === 0) continue;
    kept.push(hashes[r]!);
    masks.push(mask);
    values.push(...rowValues);
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const headerEnd = 8 + headerBytes.length;
  const hashesAt = Math.ceil(headerEnd / 4) * 4 + 4;
  const masksAt = hashesAt + kept.length * 4;
  const valuesAt = Math.ceil((masksAt + masks.length) / 2) * 2;
  const bytes = new Uint8Array(valuesAt + values.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  bytes.set(headerBytes, 8);
  view.setUint32(hashesAt - 4, kept.length, true);
  kept.forEach((hash, i) => view.setUint32(hashesAt + i * 4, hash, true));
  bytes.set(masks, masksAt);
  values.forEach((value, i) => view.setInt16(valuesAt + i * 2, value, true));
  return bytes;
}

export class ModelFormatError extends Error {}

function popcount(mask: number): number {
  let bits = 0;
  for (let m = mask; m !== 0; m &= m - 1) bits++;
  return bits;
}

export function unpackModel(bytes: Uint8Array): ModelData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || view.getUint32(0, true) !== MAGIC) throw new ModelFormatError('not a newsgraph tagger model (bad magic)');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as ModelHeader;
  if (header.format !== 1 || header.labels.length !== L) throw new ModelFormatError(`unsupported model format ${String(header.format)}`);
  const hashesAt = Math.ceil((8 + headerLength) / 4) * 4 + 4;
  const count = view.getUint32(hashesAt - 4, true);
  const masksAt = hashesAt + count * 4;
  const valuesAt = Math.ceil((masksAt + count) / 2) * 2;
  if (valuesAt > bytes.length) throw new ModelFormatError('model file is truncated');
  let stored = 0;
  for (let r = 0; r < count; r++) stored += popcount(bytes[masksAt + r]!);
  if (valuesAt + stored * 2 > bytes.length) throw new ModelFormatError('model file is truncated');
  const hashes = new Uint32Array(count);
  const weights = new Float32Array(count * L);
  let v = 0;
  for (let r = 0; r < count; r++) {
    hashes[r] = view.getUint32(hashesAt + r * 4, true);
    const mask = bytes[masksAt + r]!;
    for (let label = 0; label < L; label++) {
      if ((mask & (1 << label)) === 0) continue;
      weights[r * L + label] = view.getInt16(valuesAt + v * 2, true) * header.scale;
      v++;
    }
  }
  return { header, hashes, weights };
}
