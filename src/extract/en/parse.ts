/**
 * compromise's parse with the same tags, for less CPU. Two differences from `nlp(text)`, neither
 * changing a term's text, whitespace or tags (scripts/check-en-identity.ts compares them term by term):
 * - the `chunks` step is left out: it only sets `term.chunk` (noun / verb phrases), which the
 *   English rules never read, and cost about a tenth of the parse;
 * - the post-tagger's match sweep picks each sentence's candidate patterns from the words and tags
 *   the sentence holds, instead of testing every key of the pattern index against the sentence
 *   (730 keys, for every comma-separated piece: a fifth of the parse). The patterns tried,
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

/** A pattern with what the sweep tests before running it, words and tags as numbers (their key's place). */
interface Compiled {
  pattern: Pattern;
  /** The match string as a number: each string is tried once per sentence. */
  id: number;
  needs: Int32Array;
  wants: Int32Array;
  minWant: number;
  /** NaN when the pattern has none: compromise's `terms >= undefined` then fails, and so does ours. */
  minWords: number;
}

/**
 * A pattern index prepared for the sweep: each key's place in the index's key order (the order
 * compromise tries them in) and its patterns; every need and want of a pattern is a key.
 */
interface Prepared {
  rank: Map<string, number>;
  patterns: Compiled[][];
  /** Per key, the sentence that holds it; per match string, the sentence that took it (stamps). */
  present: Int32Array;
  seen: Int32Array;
  sentence: number;
}
const prepared = new WeakMap<Net, Prepared>();
function prepare(net: Net): Prepared {
  let ready = prepared.get(net);
  if (!ready) {
    const keys = Object.keys(net.hooks);
    const rank = new Map(keys.map((key, i): [string, number] => [key, i]));
    const idOf = new Map<string, number>();
    const number = (key: string): number => rank.get(key) ?? -1;
    const patterns = keys.map((key) =>
      net.hooks[key]!.map((pattern): Compiled => ({
        pattern,
        id: idOf.get(pattern.match) ?? idOf.set(pattern.match, idOf.size).size - 1,
        needs: Int32Array.from(pattern.needs, number),
        wants: Int32Array.from(pattern.wants, number),
        minWant: pattern.minWant,
        minWords: Number(pattern.minWords),
      })),
    );
    ready = { rank, patterns, present: new Int32Array(keys.length), seen: new Int32Array(idOf.size), sentence: 0 };
    prepared.set(net, ready);
  }
  return ready;
}

/** Whether a pattern can apply to a sentence holding these words and tags (compromise's own tests, in one). */
function fits(c: Compiled, present: Int32Array, stamp: number, have: Set<string>, terms: number): boolean {
  if (!(terms >= c.minWords)) return false;
  for (let i = 0; i < c.needs.length; i++) if (present[c.needs[i]!] !== stamp) return false;
  const ifNo = c.pattern.ifNo;
  if (ifNo !== undefined) for (const no of ifNo) if (have.has(no)) return false;
  if (c.wants.length === 0) return true;
  let wanted = 0;
  for (let i = 0; i < c.wants.length; i++) if (present[c.wants[i]!] === stamp) wanted++;
  return wanted >= c.minWant;
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
    // Sentence stamps start at 1; start over long before Int32 runs out.
    if (ready.sentence >= 0x7fffffff) (ready.seen.fill(0), ready.present.fill(0), (ready.sentence = 0));
    const stamp = ++ready.sentence;
    const hit: number[] = [];
    for (const item of have) {
      const r = ready.rank.get(item);
      if (r !== undefined) (hit.push(r), (ready.present[r] = stamp));
    }
    hit.sort(byNumber);
    const todo: Pattern[] = [];
    for (const r of hit) {
      for (const c of ready.patterns[r]!) {
        if (ready.seen[c.id] === stamp) continue;
        ready.seen[c.id] = stamp;
        if (fits(c, ready.present, stamp, have, terms)) todo.push(c.pattern);
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
