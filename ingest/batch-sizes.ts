/**
 * Slow start for the pipeline's batches: the first batches are small and each one doubles, up to
 * --batch-size. A batch is written only once it is extracted, so with one full-size batch first
 * nothing is written until a whole batch is extracted, and an input of one batch (43 wikinews
 * articles) writes nothing while it extracts. Small first batches let Neo4j write batch k while
 * batch k+1 is extracted; a long input soon runs at the full size, where writes cost least per
 * article.
 */

/**
 * The pipeline's default first batch: the default --batch-size, i.e. slow start off. Alternated
 * against 25 under load 9–14 it did not show a gain (docs/performance.md, 27 Nov 05:00–05:35): on
 * a busy machine no core idles while the last batch is written, and two transactions cost Neo4j
 * more than one. Pass `firstBatchSize` (the benchmark's --first-batch) to use it.
 */
export const DEFAULT_FIRST_BATCH_SIZE = 400;

/**
 * Articles in batch `index` (0, 1, 2…): `first` doubled `index` times, never more than `full`.
 * `first` ≥ `full` turns slow start off (every batch is `full`).
 */
export function batchSizeAt(index: number, first: number, full: number): number {
  const top = Math.max(1, Math.floor(full));
  const start = Math.max(1, Math.floor(first));
  if (start >= top) return top;
  // 2^31 already exceeds any batch; stop doubling before the number grows unbounded.
  return Math.min(top, start * 2 ** Math.min(Math.max(0, index), 31));
}
