/**
 * 32-bit hashing for features. Features are never built as strings at run time: each token's
 * values are hashed once, and a feature is the mix of its template number and those hashes.
 */

/** FNV-1a over UTF-16 code units, from `start` to `end` of `text`. */
export function hashString(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** Folds one more value into a running hash. */
export function mix(h: number, value: number): number {
  return Math.imul((h ^ value) >>> 0, 0x9e3779b1) >>> 0;
}

/** Murmur3's finalizer: spreads the bits so that table slots from `hash & mask` are even. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // 0 marks an empty slot in the weight table.
  return h >>> 0 || 1;
}
