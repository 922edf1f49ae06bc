/**
 * Scoring extracted spans against gold spans: precision, recall and F1 per type and micro-averaged,
 * exact span match (same start, end and type). Kinds map onto the three scored types as
 * ARCHITECTURE.md says: country counts as location, source as organization.
 */

export type EvalType = 'person' | 'location' | 'organization';

export const EVAL_TYPES: readonly EvalType[] = ['person', 'location', 'organization'];

export interface EvalSpan {
  start: number;
  end: number;
  type: EvalType;
}

/** The scored type of an entity kind or gold type; null for kinds that are not scored. */
export function evalTypeOf(kind: string): EvalType | null {
  switch (kind) {
    case 'person':
      return 'person';
    case 'location':
    case 'country':
      return 'location';
    case 'organization':
    case 'source':
      return 'organization';
    default:
      return null;
  }
}

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface TypeScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  byType: Record<EvalType, TypeScore>;
  /** Over all three types together. */
  micro: TypeScore;
}

/** 0 when there is nothing to divide by: no prediction has no precision to claim. */
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function scoreOf(counts: Counts): TypeScore {
  const precision = ratio(counts.correct, counts.predicted);
  const recall = ratio(counts.correct, counts.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

const keyOf = (span: EvalSpan) => `${span.type}:${span.start}:${span.end}`;

/** Adds up matches text by text; the same span twice in one text counts once. */
export class ScoreCounter {
  private readonly counts: Record<EvalType, Counts> = {
    person: { gold: 0, predicted: 0, correct: 0 },
    location: { gold: 0, predicted: 0, correct: 0 },
    organization: { gold: 0, predicted: 0, correct: 0 },
  };

  add(gold: readonly EvalSpan[], predicted: readonly EvalSpan[]): void {
    const goldKeys = new Set(gold.map(keyOf));
    const seen = new Set<string>();
    for (const span of gold) {
      const key = keyOf(span);
      if (seen.has(key)) continue;
      seen.add(key);
      this.counts[span.type].gold++;
    }
    const predictedKeys = new Set<string>();
    for (const span of predicted) {
      const key = keyOf(span);
      if (predictedKeys.has(key)) continue;
      predictedKeys.add(key);
      this.counts[span.type].predicted++;
      if (goldKeys.has(key)) this.counts[span.type].correct++;
    }
  }

  scores(): Scores {
    const total: Counts = { gold: 0, predicted: 0, correct: 0 };
    for (const type of EVAL_TYPES) {
      total.gold += this.counts[type].gold;
      total.predicted += this.counts[type].predicted;
      total.correct += this.counts[type].correct;
    }
    return {
      byType: {
        person: scoreOf(this.counts.person),
        location: scoreOf(this.counts.location),
        organization: scoreOf(this.counts.organization),
      },
      micro: scoreOf(total),
    };
  }
}

/** Scores a whole set of texts at once. */
export function scoreAll(pairs: Iterable<{ gold: readonly EvalSpan[]; predicted: readonly EvalSpan[] }>): Scores {
  const counter = new ScoreCounter();
  for (const pair of pairs) counter.add(pair.gold, pair.predicted);
  return counter.scores();
}
