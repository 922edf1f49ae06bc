/**
 * kuromoji's tokenization with a lattice built in time linear in the sentence.
 *
 * kuromoji's own ViterbiBuilder, at every character of a sentence, wraps the whole rest of the
 * sentence twice for surrogate pairs and converts it all to UTF-8 before the dictionary lookup, so
 * a sentence of n characters costs n²; on news text that is half of tokenizing. Here the double
 * array trie is walked character by character from each position and stops where no dictionary
 * word continues, which is what its common-prefix search finds, without the copies.
 *
 * Everything else is kuromoji's: its dictionaries, its Viterbi search, its token fields and its
 * odd word_position arithmetic, so the tokens are the same ones `tokenizer.tokenize` returns (the
 * unit test compares both on every kind of text). Sentences holding surrogate pairs (emoji, rare
 * kanji) go to kuromoji's own code, whose positions count a pair as one character.
 */
import { createRequire } from 'node:module';
import type kuromoji from 'kuromoji';

type Token = kuromoji.IpadicFeatures;

interface ByteBuffer {
  getShort(index: number): number;
}
interface DoubleArrayStore {
  getBase(index: number): number;
  getCheck(index: number): number;
}
interface CharClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}
interface ViterbiNodeLike {
  name: number;
  type: 'KNOWN' | 'UNKNOWN' | 'BOS' | 'EOS';
  start_pos: number;
  surface_form: string;
}
interface Lattice {
  append(node: unknown): void;
  appendEos(): void;
}
/** The parts of kuromoji's Tokenizer object its typings leave out. */
interface TokenizerInternals {
  token_info_dictionary: { dictionary: ByteBuffer; target_map: Record<number, number[]>; getFeatures(id: number | string): string | null };
  unknown_dictionary: {
    dictionary: ByteBuffer;
    target_map: Record<number, number[]>;
    lookup(ch: string): CharClass;
    getFeatures(id: number | string): string | null;
  };
  viterbi_builder: { trie: { bc: DoubleArrayStore } };
  viterbi_searcher: { search(lattice: Lattice): ViterbiNodeLike[] };
  tokenizeForSentence(sentence: string, tokens: Token[]): Token[];
}

const require = createRequire(import.meta.url);
const ViterbiLattice = require('kuromoji/src/viterbi/ViterbiLattice') as new () => Lattice;
const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode') as new (
  id: number,
  cost: number,
  startPos: number,
  length: number,
  type: string,
  leftId: number,
  rightId: number,
  surface: string,
) => unknown;

const SURROGATE = /[\uD800-\uDFFF]/;
const UTF8 = new TextEncoder();
/** kuromoji ends a sentence after each of these. */
const isSentenceEnd = (c: number) => c === 0x3001 || c === 0x3002; // 、 。
/** Feature lists are decoded from the dictionary once per word, up to this many words. */
const MAX_CACHED_FEATURES = 200_000;

interface FeatureCache {
  lists: Map<number, string[]>;
  read(id: number): string | null;
}

interface Fast {
  internals: TokenizerInternals;
  known: FeatureCache;
  unknown: FeatureCache;
  utf8: Uint8Array;
}

const prepared = new WeakMap<object, Fast>();

function prepare(tokenizer: object): Fast {
  let fast = prepared.get(tokenizer);
  if (!fast) {
    const internals = tokenizer as unknown as TokenizerInternals;
    fast = {
      internals,
      known: { lists: new Map(), read: (id) => internals.token_info_dictionary.getFeatures(id) },
      unknown: { lists: new Map(), read: (id) => internals.unknown_dictionary.getFeatures(id) },
      utf8: new Uint8Array(3),
    };
    prepared.set(tokenizer, fast);
  }
  return fast;
}

/** The lattice of one sentence with no surrogate pairs: the nodes kuromoji's builder makes, in its order. */
function buildLattice(fast: Fast, s: string): Lattice {
  const { token_info_dictionary: known, unknown_dictionary: unknown, viterbi_builder } = fast.internals;
  const bc = viterbi_builder.trie.bc;
  const bytes = fast.utf8;
  const lattice = new ViterbiLattice();
  const n = s.length;
  for (let pos = 0; pos < n; pos++) {
    let parent = 0; // the trie's root
    let found = false;
    walk: for (let i = pos; i < n; i++) {
      // The trie is keyed by UTF-8 bytes; without surrogates every character is 1–3 bytes.
      const c = s.charCodeAt(i);
      let length: number;
      if (c < 0x80) {
        bytes[0] = c;
        length = 1;
      } else if (c < 0x800) {
        bytes[0] = 0xc0 | (c >> 6);
        bytes[1] = 0x80 | (c & 0x3f);
        length = 2;
      } else {
        bytes[0] = 0xe0 | (c >> 12);
        bytes[1] = 0x80 | ((c >> 6) & 0x3f);
        bytes[2] = 0x80 | (c & 0x3f);
        length = 3;
      }
      for (let b = 0; b < length; b++) {
        const child = bc.getBase(parent) + bytes[b]!;
        if (bc.getCheck(child) !== parent) break walk;
        parent = child;
      }
      // A word ends here when the node has a child for the terminal code 0 that is a leaf.
      const terminal = bc.getBase(parent);
      if (bc.getCheck(terminal) !== parent) continue;
      const base = bc.getBase(terminal);
      if (base > 0) continue;
      found = true;
      const surface = s.slice(pos, i + 1);
      const ids = known.target_map[-base - 1]!;
      for (let k = 0; k < ids.length; k++) {
        const id = Number(ids[k]);
        const d = known.dictionary;
        lattice.append(new ViterbiNode(id, d.getShort(id + 4), pos + 1, surface.length, 'KNOWN', d.getShort(id), d.getShort(id + 2), surface));
      }
    }
    const head = unknown.lookup(s.charAt(pos));
    if (found && head.is_always_invoke !== 1) continue;
    let end = pos + 1;
    if (head.is_grouping === 1) while (end < n && unknown.lookup(s.charAt(end)).class_name === head.class_name) end++;
    const surface = s.slice(pos, end);
    const ids = unknown.target_map[head.class_id]!;
    for (let k = 0; k < ids.length; k++) {
      const id = Number(ids[k]);
      const d = unknown.dictionary;
      lattice.append(new ViterbiNode(id, d.getShort(id + 4), pos + 1, surface.length, 'UNKNOWN', d.getShort(id), d.getShort(id + 2), surface));
    }
  }
  lattice.appendEos();
  return lattice;
}

function featuresOf(cache: FeatureCache, id: number): string[] {
  let features = cache.lists.get(id);
  if (!features) {
    const line = cache.read(id);
    features = line == null ? [] : line.split(',');
    if (cache.lists.size >= MAX_CACHED_FEATURES) cache.lists.clear();
    cache.lists.set(id, features);
  }
  return features;
}

function tokenizeSentence(fast: Fast, sentence: string, tokens: Token[]): void {
  const internals = fast.internals;
  if (SURROGATE.test(sentence)) {
    internals.tokenizeForSentence(sentence, tokens);
    return;
  }
  const path = internals.viterbi_searcher.search(buildLattice(fast, sentence));
  // kuromoji's positions: each sentence starts from the previous token's position, not its end.
  const lastPos = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0;
  for (const node of path) {
    const known = node.type === 'KNOWN';
    const f = featuresOf(known ? fast.known : fast.unknown, node.name);
    const token = {
      word_id: node.name,
      word_type: node.type,
      word_position: lastPos + node.start_pos,
      surface_form: known ? f[0] : node.surface_form,
      pos: f[1],
      pos_detail_1: f[2],
      pos_detail_2: f[3],
      pos_detail_3: f[4],
      conjugated_type: f[5],
      conjugated_form: f[6],
      basic_form: f[7],
    } as Token;
    if (known) {
      token.reading = f[8];
      token.pronunciation = f[9];
    }
    tokens.push(token);
  }
}

/** What `tokenizer.tokenize(text)` returns, in time linear in the length of each sentence. */
export function tokenizeLinear(tokenizer: kuromoji.Tokenizer<Token>, text: string): Token[] {
  const fast = prepare(tokenizer);
  const tokens: Token[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSentenceEnd(text.charCodeAt(i))) continue;
    tokenizeSentence(fast, text.slice(start, i + 1), tokens);
    start = i + 1;
  }
  if (start < text.length) tokenizeSentence(fast, text.slice(start), tokens);
  return tokens;
}

/**
 * Every IPADIC entry whose surface is exactly `word` (one feature list each: pos, details…), not
 * only the one kuromoji's path picks: 毎日 is an organization (the paper) and an adverbial noun,
 * 金子 an organization and a surname. Empty when IPADIC does not know the word.
 */
export function dictionaryEntries(tokenizer: kuromoji.Tokenizer<Token>, word: string): string[][] {
  if (word.length === 0 || SURROGATE.test(word)) return [];
  const fast = prepare(tokenizer);
  const known = fast.internals.token_info_dictionary;
  const bc = fast.internals.viterbi_builder.trie.bc;
  let parent = 0;
  for (const byte of UTF8.encode(word)) {
    const child = bc.getBase(parent) + byte;
    if (bc.getCheck(child) !== parent) return [];
    parent = child;
  }
  const terminal = bc.getBase(parent);
  if (bc.getCheck(terminal) !== parent) return [];
  const base = bc.getBase(terminal);
  if (base > 0) return [];
  return (known.target_map[-base - 1] ?? []).map((id) => featuresOf(fast.known, Number(id)).slice(1));
}
