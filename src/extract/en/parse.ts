/**
 * compromise's parse with the same tags, for less CPU. Two differences from `nlp(text)`, neither
 * changing a term's text, whitespace or tags (scripts/check-en-identity.ts compares them term by term):
 * - the `chunks` step is left out: it only sets `term.chunk` (noun / verb phrases), which the
 *   English rules never read, and cost about a tenth of the parse;
 * - the post-tagger's match sweep picks each sentence's candidate patterns from the words and tags
 *   the sentence holds, instead of testing every key of the pattern index against the sentence
 *   (thousands of keys, for every comma-separated piece: a fifth of the parse). The patterns tried,
 *   their order and what they tag stay the same.
 * Both apply only inside `parseEnglish`: compromise is restored after each call, so `nlp()`
 * elsewhere in the process (the benchmark's baseline) is untouched.
 */
import nlp from 'compromise';

export interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** A pattern of compromise's match index, as its sweep reads it. */
interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}
type Sentence = unknown[];
interface Methods {
  one: {
    cacheDoc(document: Sentence[]): Array<Set<string>>;
    match(docs: Sentence[], pattern: Pattern): { ptrs: number[][] };
    bulkMatch: BulkMatch;
  };
}
type BulkMatch = (document: Sentence[], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];
interface World {
  hooks: string[];
  methods: Methods;
}

const world = (nlp as unknown as { world(): World }).world();

/**
 * A pattern index prepared for the sweep: each key's place in the index's key order (the order
 * compromise tries them in), its patterns, and each pattern's match string as a number.
 */
interface Prepared {
  rank: Map<string, number>;
  patterns: Pattern[][];
  ids: Int32Array[];
  /** Per match string, the sentence that last took it (each string is tried once per sentence). */
  seen: Int32Array;
  sentence: number;
}
const prepared = new WeakMap<Net, Prepared>();
function prepare(net: Net): Prepared {
  let ready = prepared.get(net);
  if (!ready) {
    const keys = Object.keys(net.hooks);
    const idOf = new Map<string, number>();
    const patterns = keys.map((key) => net.hooks[key]!);
    const ids = patterns.map((list) => Int32Array.from(list, (p) => idOf.get(p.match) ?? idOf.set(p.match, idOf.size).size - 1));
    ready = { rank: new Map(keys.map((key, i): [string, number] => [key, i])), patterns, ids, seen: new Int32Array(idOf.size), sentence: 0 };
    prepared.set(net, ready);
  }
  return ready;
}

/** Whether a pattern can apply to a sentence holding these words and tags (compromise's own tests, in one). */
function fits(p: Pattern, have: Set<string>, terms: number): boolean {
  if (!(terms >= p.minWords)) return false;
  for (const need of p.needs) if (!have.has(need)) return false;
  if (p.ifNo !== undefined) for (const no of p.ifNo) if (have.has(no)) return false;
  if (p.wants.length === 0) return true;
  let wanted = 0;
  for (const want of p.wants) if (have.has(want)) wanted++;
  return wanted >= p.minWant;
}

const byNumber = (a: number, b: number): number => a - b;

/**
 * The sweep: per sentence, the patterns hooked on a word or tag it holds, in key order, each match
 * string once (first kept), those whose needs, exclusions, wants and length it meets, then the
 * patterns that hook on nothing; each run on the sentence in that order.
 */
const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const ready = prepare(net);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    const have = caches[n]!;
    const terms = document[n]!.length;
    const hit: number[] = [];
    for (const item of have) {
      const r = ready.rank.get(item);
      if (r !== undefined) hit.push(r);
    }
    hit.sort(byNumber);
    // Sentence stamps start at 1; wrap long before Int32 runs out by starting over.
    if (ready.sentence >= 0x7fffffff) (ready.seen.fill(0), (ready.sentence = 0));
    const stamp = ++ready.sentence;
    const todo: Pattern[] = [];
    for (const r of hit) {
      const list = ready.patterns[r]!;
      const ids = ready.ids[r]!;
      for (let k = 0; k < list.length; k++) {
        if (ready.seen[ids[k]!] === stamp) continue;
        ready.seen[ids[k]!] = stamp;
        if (fits(list[k]!, have, terms)) todo.push(list[k]!);
      }
    }
    for (const p of net.always) if (terms >= p.minWords) todo.push(p);
    for (const p of todo) {
      const found = methods.one.match([document[n]!], p);
      for (const ptr of found.ptrs) {
        ptr[0] = n;
        const result: Pattern & { pointer: number[] } = Object.assign({}, p, { pointer: ptr });
        if (p.unTag !== undefined) result.unTag = p.unTag;
        results.push(result);
      }
      if (found.ptrs.length > 0 && opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};

let stockHooks: string[] | null = null;
let ourHooks: string[] = [];

/** compromise's terms of the text, sentence by sentence, tagged as `nlp(text)` tags them. */
export function parseEnglish(text: string): Term[][] {
  if (world.hooks !== stockHooks) {
    stockHooks = world.hooks;
    ourHooks = stockHooks.filter((hook) => hook !== 'chunks');
  }
  const stockMatch = world.methods.one.bulkMatch;
  world.hooks = ourHooks;
  world.methods.one.bulkMatch = bulkMatch;
  try {
    return (nlp(text) as unknown as { document: Term[][] }).document;
  } finally {
    world.hooks = stockHooks;
    world.methods.one.bulkMatch = stockMatch;
  }
}
