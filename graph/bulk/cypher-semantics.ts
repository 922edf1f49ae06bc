/**
 * What the writer's Cypher does to values, done in TypeScript so the bulk fold (graph/bulk/fold.ts)
 * computes exactly what the transactional statements store. Neo4j compares and measures strings by
 * code point (`'Ａ' < '😀'` is true, `size('😀')` is 1), where JavaScript's `<` and `.length` use
 * UTF-16 code units; the two differ only for characters beyond the BMP, but they do differ.
 */

/** Cypher's string order: by code point. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const x = a[Symbol.iterator]();
  const y = b[Symbol.iterator]();
  for (;;) {
    const p = x.next();
    const q = y.next();
    if (p.done) return q.done ? 0 : -1;
    if (q.done) return 1;
    const d = p.value.codePointAt(0)! - q.value.codePointAt(0)!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
}

/** Cypher's `size(string)`: code points. */
export const codePointLength = (value: string): number => [...value].length;

/** Cypher's `left(string, n)`. */
export const leftCodePoints = (value: string, n: number): string => [...value].slice(0, n).join('');

/**
 * One step of the writer's sorted insert (ENTITY_MERGE_BODY aliases, UPDATE_ROLES articles):
 * `CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END`.
 * On a list that is not sorted (a country created by MERGE_LOCATED_IN) it reorders as Cypher does.
 */
export function cypherSortedInsert(acc: readonly string[], x: string): string[] {
  if (acc.includes(x)) return [...acc];
  return [...acc.filter((y) => compareCodePoints(y, x) < 0), x, ...acc.filter((y) => compareCodePoints(y, x) > 0)];
}

/** `reduce(acc = start, x IN values | <sorted insert>)`. */
export function cypherInsertAll(start: readonly string[], values: readonly string[]): string[] {
  let acc = [...start];
  for (const x of values) acc = cypherSortedInsert(acc, x);
  return acc;
}

/** `reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x)`. */
export function aliasText(aliases: readonly string[]): string {
  let s = '';
  for (const x of aliases) s = s + (s === '' ? '' : ' | ') + x;
  return s;
}

/** The co-occurrence pair key (graph/write-cypher.ts cooccurrenceKey): `toString(size(a)) + ':' + a + b`. */
export const cooccurrenceKeyOf = (a: string, b: string): string => `${codePointLength(a)}:${a}${b}`;

/** Cypher's min / max over values, nulls ignored. */
export function cypherMin(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareCodePoints(a, b) <= 0 ? a : b;
}

export function cypherMax(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareCodePoints(a, b) >= 0 ? a : b;
}
