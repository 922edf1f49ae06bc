/** The one talisman function we use; the package ships no type declarations. */
declare module 'talisman/metrics/levenshtein.js' {
  const levenshtein: ((a: string, b: string) => number) & { limited(max: number, a: string, b: string): number };
  export default levenshtein;
}
