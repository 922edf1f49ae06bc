/**
 * Features of kuromoji tokens for the Japanese tagger. Each token's values (surface, IPADIC tags,
 * shape, affixes) are hashed once into columns; a feature is then its template's salt mixed with
 * one to three column values, so nothing is allocated per feature or per sentence.
 */
import type { IpadicFeatures } from 'kuromoji';
import { shapeOf } from './char-class.js';
import { finish, hashString, mix } from './hash.js';

/** Columns are padded with two positions on each side, so templates can look ±2 without checks. */
export const PAD = 2;
const BOS = 0x5eed0001;
const EOS = 0x5eed0002;

/**
 * Parts of speech that (almost) never lie inside a name: particles, auxiliaries, verbs, adverbs,
 * conjunctions, adnominals, and the comma and full stop. The tagger labels them O without scoring
 * them, which halves its work; they still serve as context for their neighbours.
 */
const CLOSED_POS = new Set(['助詞', '助動詞', '動詞', '副詞', '接続詞', '連体詞', '感動詞', 'フィラー']);
const CLOSED_SYMBOL = new Set(['読点', '句点']);

export interface JapaneseColumns {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when the token can be part of a name (see CLOSED_POS). Not padded. */
  open: Uint8Array;
  surface: Uint32Array;
  /** pos + pos_detail_1..3. */
  posFull: Uint32Array;
  /** pos + pos_detail_1. */
  pos: Uint32Array;
  shape: Uint32Array;
  first: Uint32Array;
  first2: Uint32Array;
  last: Uint32Array;
  last2: Uint32Array;
  /** Length bucket mixed with shape and whether IPADIC knew the word. */
  kind: Uint32Array;
  /** IPADIC's reading (katakana), or a fixed value for unknown words. */
  reading: Uint32Array;
  first3: Uint32Array;
  last3: Uint32Array;
  /** pos_detail_2 (人名, 地域, 組織…) with the last character. */
  classLast: Uint32Array;
  /** Every sense IPADIC lists for the surface (see setSenseLookup), as bits; 0 when unknown. */
  senses: Uint32Array;
}

function allocate(capacity: number): JapaneseColumns {
  const size = capacity + 2 * PAD;
  return {
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    open: new Uint8Array(capacity),
    surface: new Uint32Array(size),
    posFull: new Uint32Array(size),
    pos: new Uint32Array(size),
    shape: new Uint32Array(size),
    first: new Uint32Array(size),
    first2: new Uint32Array(size),
    last: new Uint32Array(size),
    last2: new Uint32Array(size),
    kind: new Uint32Array(size),
    reading: new Uint32Array(size),
    first3: new Uint32Array(size),
    last3: new Uint32Array(size),
    classLast: new Uint32Array(size),
    senses: new Uint32Array(size),
  };
}

/** One set of columns, reused from sentence to sentence (grown when a longer one comes). */
let capacity = 256;
let shared = allocate(capacity);

function hashTags(token: IpadicFeatures, full: boolean): number {
  let h = mix(hashString(token.pos), hashString(token.pos_detail_1));
  if (full) h = mix(mix(h, hashString(token.pos_detail_2)), hashString(token.pos_detail_3));
  return h;
}

/** Where each per-token value sits in a cached entry. */
const V = { surface: 0, posFull: 1, pos: 2, shape: 3, first: 4, first2: 5, last: 6, last2: 7, kind: 8, open: 9, reading: 10, first3: 11, last3: 12, classLast: 13, senses: 14 } as const;
const VALUES = 15;

let senseLookup: ((word: string) => number) | null = null;

/**
 * How to read every sense IPADIC has for a word (金子: a surname, an organization, a place), not
 * only the one kuromoji chose; set once per process before tagging or training (loadTagger does).
 */
export function setSenseLookup(lookup: ((word: string) => number) | null): void {
  senseLookup = lookup;
  known.clear();
}

function computeValues(token: IpadicFeatures, out: Uint32Array): Uint32Array {
  const surface = token.surface_form;
  const len = surface.length;
  const shape = shapeOf(surface, 0, len);
  out[V.surface] = hashString(surface);
  out[V.posFull] = hashTags(token, true);
  out[V.pos] = hashTags(token, false);
  out[V.shape] = shape;
  out[V.first] = hashString(surface, 0, 1);
  out[V.first2] = len >= 2 ? hashString(surface, 0, 2) : BOS;
  out[V.last] = hashString(surface, len - 1, len);
  out[V.last2] = len >= 2 ? hashString(surface, len - 2, len) : BOS;
  out[V.kind] = (Math.min(len, 6) << 12) | (shape << 1) | (token.word_type === 'KNOWN' ? 1 : 0);
  out[V.open] = isOpen(token) ? 1 : 0;
  out[V.reading] = token.reading && token.reading !== '*' ? hashString(token.reading) : BOS;
  out[V.first3] = len >= 3 ? hashString(surface, 0, 3) : BOS;
  out[V.last3] = len >= 3 ? hashString(surface, len - 3, len) : BOS;
  out[V.classLast] = mix(hashString(token.pos_detail_2), out[V.last]!);
  out[V.senses] = senseLookup && token.word_type === 'KNOWN' ? senseLookup(surface) : 0;
  return out;
}

/**
 * A dictionary word's values never change, so they are computed once per IPADIC entry (its
 * word_id) and remembered; unknown words (no entry of their own) are computed each time.
 */
const known = new Map<number, Uint32Array>();
const KNOWN_LIMIT = 200_000;
const scratch = new Uint32Array(VALUES);

function valuesOf(token: IpadicFeatures): Uint32Array {
  if (token.word_type !== 'KNOWN') return computeValues(token, scratch);
  let values = known.get(token.word_id);
  if (values === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    values = computeValues(token, new Uint32Array(VALUES));
    known.set(token.word_id, values);
  }
  return values;
}

const isOpen = (token: IpadicFeatures) => !CLOSED_POS.has(token.pos) && !(token.pos === '記号' && CLOSED_SYMBOL.has(token.pos_detail_1));

/**
 * Columns for kuromoji's tokens of `text`. The result is reused
 * by the next call: read it before tagging another sentence.
 */
export function japaneseColumns(tokens: readonly IpadicFeatures[], text: string): JapaneseColumns {
  const n = tokens.length;
  if (n > capacity) {
    capacity = Math.max(n, capacity * 2);
    shared = allocate(capacity);
  }
  // Views of exactly n tokens, so that callers can take their lengths.
  const cols: JapaneseColumns = {
    ...shared,
    count: n,
    starts: shared.starts.subarray(0, n),
    ends: shared.ends.subarray(0, n),
    open: shared.open.subarray(0, n),
  };
  const padded = [cols.surface, cols.posFull, cols.pos, cols.shape, cols.first, cols.first2, cols.last, cols.last2, cols.kind, cols.reading, cols.first3, cols.last3, cols.classLast, cols.senses];
  for (const column of padded) {
    column[0] = BOS;
    column[1] = BOS;
    column[n + PAD] = EOS;
    column[n + PAD + 1] = EOS;
  }
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    const surface = token.surface_form;
    // kuromoji's word_position counts code points, not JavaScript string indices (𠮷 is two), so
    // offsets come from walking the surfaces, which cover the text in order.
    const start = text.startsWith(surface, cursor) ? cursor : Math.max(cursor, text.indexOf(surface, cursor));
    cursor = start + surface.length;
    cols.starts[i] = start;
    cols.ends[i] = cursor;
    const values = valuesOf(token);
    const at = i + PAD;
    cols.open[i] = values[V.open]!;
    cols.surface[at] = values[V.surface]!;
    cols.posFull[at] = values[V.posFull]!;
    cols.pos[at] = values[V.pos]!;
    cols.shape[at] = values[V.shape]!;
    cols.first[at] = values[V.first]!;
    cols.first2[at] = values[V.first2]!;
    cols.last[at] = values[V.last]!;
    cols.last2[at] = values[V.last2]!;
    cols.kind[at] = values[V.kind]!;
    cols.reading[at] = values[V.reading]!;
    cols.first3[at] = values[V.first3]!;
    cols.last3[at] = values[V.last3]!;
    cols.classLast[at] = values[V.classLast]!;
    cols.senses[at] = values[V.senses]!;
  }
  return cols;
}

/** How many features every token has. */
export const JAPANESE_FEATURE_COUNT = 37;

// Each template has its own salt; values are mixed in with cheap multiplies, then finished once.
const A = 0x85ebca6b;
const salt = (template: number) => Math.imul(template, 0x9e3779b1) >>> 0;
const SALT = Array.from({ length: JAPANESE_FEATURE_COUNT }, (_, t) => salt(t + 1));
const f1 = (s: number, a: number) => finish((a ^ s) >>> 0);
const f2 = (s: number, a: number, b: number) => finish((Math.imul(a, A) ^ b ^ s) >>> 0);

/*
 * The features fall in groups by what they read. Most read one token only: the token's own values
 * (SELF), or a neighbour's surface or tags, which that neighbour feeds to the token after it
 * (NEXT: s[i-1], pf[i-1]), before it (PREV: s[i+1], pf[i+1]) or two away (NEXT2, PREV2). These
 * depend on one dictionary word alone, so the tagger can remember their weights per word. PAIR
 * features read two tokens and are looked up for every token.
 */
export const GROUP = { self: 16, next: 4, prev: 5, next2: 2, prev2: 2, pair: 8 } as const;

/** The features token `at` (a padded index) has on its own. */
export function selfFeatures(cols: JapaneseColumns, at: number, out: Uint32Array, o: number): void {
  const S = SALT;
  out[o] = f1(S[0]!, 0);
  out[o + 1] = f1(S[1]!, cols.surface[at]!);
  out[o + 2] = f1(S[6]!, cols.posFull[at]!);
  out[o + 3] = f1(S[11]!, cols.shape[at]!);
  out[o + 4] = f1(S[12]!, cols.last[at]!);
  out[o + 5] = f1(S[13]!, cols.last2[at]!);
  out[o + 6] = f1(S[14]!, cols.first[at]!);
  out[o + 7] = f1(S[17]!, cols.kind[at]!);
  out[o + 8] = f2(S[18]!, cols.kind[at]!, cols.posFull[at]!);
  out[o + 9] = f1(S[23]!, cols.first2[at]!);
  out[o + 10] = f1(S[24]!, cols.reading[at]!);
  out[o + 11] = f1(S[25]!, cols.first3[at]!);
  out[o + 12] = f1(S[26]!, cols.last3[at]!);
  out[o + 13] = f1(S[27]!, cols.classLast[at]!);
  out[o + 14] = f1(S[35]!, cols.senses[at]!);
  out[o + 15] = f2(S[36]!, cols.senses[at]!, cols.kind[at]!);
}

/** What token `at` gives the token after it. */
export function nextFeatures(cols: JapaneseColumns, at: number, out: Uint32Array, o: number): void {
  out[o] = f1(SALT[2]!, cols.surface[at]!);
  out[o + 1] = f1(SALT[7]!, cols.posFull[at]!);
  out[o + 2] = f1(SALT[28]!, cols.shape[at]!);
  out[o + 3] = f1(SALT[29]!, cols.last[at]!);
}

/** What token `at` gives the token before it. */
export function prevFeatures(cols: JapaneseColumns, at: number, out: Uint32Array, o: number): void {
  out[o] = f1(SALT[3]!, cols.surface[at]!);
  out[o + 1] = f1(SALT[8]!, cols.posFull[at]!);
  out[o + 2] = f1(SALT[30]!, cols.shape[at]!);
  out[o + 3] = f1(SALT[31]!, cols.first[at]!);
  out[o + 4] = f1(SALT[32]!, cols.first2[at]!);
}

/** What token `at` gives the token two after it. */
export function next2Features(cols: JapaneseColumns, at: number, out: Uint32Array, o: number): void {
  out[o] = f1(SALT[4]!, cols.surface[at]!);
  out[o + 1] = f1(SALT[33]!, cols.posFull[at]!);
}

/** What token `at` gives the token two before it. */
export function prev2Features(cols: JapaneseColumns, at: number, out: Uint32Array, o: number): void {
  out[o] = f1(SALT[5]!, cols.surface[at]!);
  out[o + 1] = f1(SALT[34]!, cols.posFull[at]!);
}

/** The features of token `at` that read it together with a neighbour. */
export function pairFeatures(cols: JapaneseColumns, at: number, out: Uint32Array, o: number): void {
  const i = at;
  const { surface: s, posFull: pf, pos: p, shape: sh } = cols;
  const S = SALT;
  out[o] = f2(S[9]!, p[i - 1]!, p[i]!);
  out[o + 1] = f2(S[10]!, p[i]!, p[i + 1]!);
  out[o + 2] = f2(S[15]!, s[i - 1]!, s[i]!);
  out[o + 3] = f2(S[16]!, s[i]!, s[i + 1]!);
  out[o + 4] = f2(S[19]!, s[i - 1]!, pf[i]!);
  out[o + 5] = f2(S[20]!, pf[i]!, s[i + 1]!);
  out[o + 6] = f2(S[21]!, sh[i]!, s[i + 1]!);
  out[o + 7] = f2(S[22]!, s[i - 1]!, sh[i]!);
}

/** Writes all feature hashes of token `index` into `out` (length ≥ JAPANESE_FEATURE_COUNT). */
export function japaneseFeatures(cols: JapaneseColumns, index: number, out: Uint32Array): void {
  const i = index + PAD;
  let o = 0;
  selfFeatures(cols, i, out, o);
  nextFeatures(cols, i - 1, out, (o += GROUP.self));
  prevFeatures(cols, i + 1, out, (o += GROUP.next));
  next2Features(cols, i - 2, out, (o += GROUP.prev));
  prev2Features(cols, i + 2, out, (o += GROUP.next2));
  pairFeatures(cols, i, out, o + GROUP.prev2);
}
