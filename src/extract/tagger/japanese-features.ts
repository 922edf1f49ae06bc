/**
 * Features of kuromoji tokens for the Japanese tagger. Each token's values (surface, IPADIC tags,
 * shape, affixes) are hashed once into columns; a feature is then its template number mixed with
 * one to three column values, so nothing is allocated per feature.
 */
import type { IpadicFeatures } from 'kuromoji';
import { shapeOf } from './char-class.js';
import { finish, hashString, mix } from './hash.js';

/** Columns are padded with two positions on each side, so templates can look ±2 without checks. */
const PAD = 2;
const BOS = 0x5eed0001;
const EOS = 0x5eed0002;

export interface JapaneseColumns {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  surface: Uint32Array;
  /** pos + pos_detail_1..3. */
  posFull: Uint32Array;
  /** pos + pos_detail_1. */
  pos: Uint32Array;
  shape: Uint32Array;
  first: Uint32Array;
  last: Uint32Array;
  last2: Uint32Array;
  first2: Uint32Array;
  /** Length bucket mixed with shape and whether IPADIC knew the word. */
  kind: Uint32Array;
}

function hashTags(token: IpadicFeatures, full: boolean): number {
  let h = hashString(token.pos);
  h = mix(h, hashString(token.pos_detail_1));
  if (full) {
    h = mix(h, hashString(token.pos_detail_2));
    h = mix(h, hashString(token.pos_detail_3));
  }
  return h;
}

/** Token offsets in `text`: kuromoji's word_position is 1-based. */
export function japaneseColumns(tokens: readonly IpadicFeatures[], text: string): JapaneseColumns {
  const n = tokens.length;
  const size = n + 2 * PAD;
  const cols: JapaneseColumns = {
    count: n,
    starts: new Int32Array(n),
    ends: new Int32Array(n),
    surface: new Uint32Array(size),
    posFull: new Uint32Array(size),
    pos: new Uint32Array(size),
    shape: new Uint32Array(size),
    first: new Uint32Array(size),
    last: new Uint32Array(size),
    last2: new Uint32Array(size),
    first2: new Uint32Array(size),
    kind: new Uint32Array(size),
  };
  const padded = [cols.surface, cols.posFull, cols.pos, cols.shape, cols.first, cols.last, cols.last2, cols.first2, cols.kind];
  for (const column of padded) {
    column[0] = BOS;
    column[1] = BOS;
    column[size - 1] = EOS;
    column[size - 2] = EOS;
  }
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    const surface = token.surface_form;
    const start = token.word_position - 1;
    const end = start + surface.length;
    cols.starts[i] = start;
    cols.ends[i] = end;
    const at = i + PAD;
    const len = surface.length;
    cols.surface[at] = hashString(surface);
    cols.posFull[at] = hashTags(token, true);
    cols.pos[at] = hashTags(token, false);
    const shape = shapeOf(text, start, end);
    cols.shape[at] = shape;
    cols.first[at] = hashString(surface, 0, 1);
    cols.last[at] = hashString(surface, len - 1, len);
    cols.last2[at] = len >= 2 ? hashString(surface, len - 2, len) : BOS;
    cols.first2[at] = len >= 2 ? hashString(surface, 0, 2) : BOS;
    cols.kind[at] = (Math.min(len, 6) << 12) | (shape << 1) | (token.word_type === 'KNOWN' ? 1 : 0);
  }
  return cols;
}

/** How many features every token has. */
export const JAPANESE_FEATURE_COUNT = 34;

const f1 = (template: number, a: number) => finish(mix(mix(template, a), 0));
const f2 = (template: number, a: number, b: number) => finish(mix(mix(mix(template, a), b), 0));
const f3 = (template: number, a: number, b: number, c: number) => finish(mix(mix(mix(mix(template, a), b), c), 0));

/** Writes the feature hashes of token `index` into `out` (length ≥ JAPANESE_FEATURE_COUNT). */
export function japaneseFeatures(cols: JapaneseColumns, index: number, out: Uint32Array): void {
  const i = index + PAD;
  const { surface: s, posFull: pf, pos: p, shape: sh, kind } = cols;
  out[0] = f1(1, 0);
  out[1] = f1(2, s[i]!);
  out[2] = f1(3, s[i - 1]!);
  out[3] = f1(4, s[i + 1]!);
  out[4] = f1(5, s[i - 2]!);
  out[5] = f1(6, s[i + 2]!);
  out[6] = f1(7, pf[i]!);
  out[7] = f1(8, pf[i - 1]!);
  out[8] = f1(9, pf[i + 1]!);
  out[9] = f2(10, p[i - 1]!, p[i]!);
  out[10] = f2(11, p[i]!, p[i + 1]!);
  out[11] = f1(12, sh[i]!);
  out[12] = f3(13, sh[i - 1]!, sh[i]!, sh[i + 1]!);
  out[13] = f1(14, cols.last[i]!);
  out[14] = f1(15, cols.last2[i]!);
  out[15] = f1(16, cols.first[i]!);
  out[16] = f2(17, s[i - 1]!, s[i]!);
  out[17] = f2(18, s[i]!, s[i + 1]!);
  out[18] = f1(19, kind[i]!);
  out[19] = f2(20, kind[i]!, pf[i]!);
  out[20] = f1(21, pf[i - 2]!);
  out[21] = f1(22, pf[i + 2]!);
  out[22] = f2(23, s[i - 1]!, pf[i]!);
  out[23] = f2(24, pf[i]!, s[i + 1]!);
  out[24] = f2(25, sh[i]!, s[i + 1]!);
  out[25] = f2(26, s[i - 1]!, sh[i]!);
  out[26] = f2(27, cols.last[i - 1]!, sh[i]!);
  out[27] = f3(28, pf[i - 1]!, pf[i]!, pf[i + 1]!);
  out[28] = f1(29, cols.first2[i]!);
  out[29] = f2(30, s[i - 1]!, s[i + 1]!);
  out[30] = f2(31, sh[i]!, pf[i + 1]!);
  out[31] = f1(32, kind[i - 1]!);
  out[32] = f1(33, kind[i + 1]!);
  out[33] = f2(34, pf[i - 1]!, sh[i]!);
}
