/**
 * Running a predictor over gold records and scoring it. Records the model was trained on are
 * skipped, so every figure is on text the model never saw.
 */
import type { GoldRecord } from './gold.js';
import { ScoreCounter, type EvalSpan, type Scores } from './score.js';

export type Predict = (record: GoldRecord) => EvalSpan[] | Promise<EvalSpan[]>;

export interface EvaluateOptions {
  /** True for records a trained model has seen; they are skipped. */
  seenInTraining?: (record: GoldRecord) => boolean;
  /** Score at most this many records (after skipping). */
  limit?: number;
}

export interface Evaluation {
  scores: Scores;
  scored: number;
  skippedSeen: number;
  seconds: number;
}

export async function evaluate(records: readonly GoldRecord[], predict: Predict, options: EvaluateOptions = {}): Promise<Evaluation> {
  const counter = new ScoreCounter();
  const limit = options.limit ?? Infinity;
  let scored = 0;
  let skippedSeen = 0;
  const started = performance.now();
  for (const record of records) {
    if (scored >= limit) break;
    if (options.seenInTraining?.(record)) {
      skippedSeen++;
      continue;
    }
    counter.add(record.entities, await predict(record));
    scored++;
  }
  return { scores: counter.scores(), scored, skippedSeen, seconds: (performance.now() - started) / 1000 };
}
