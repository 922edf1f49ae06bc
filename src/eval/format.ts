/** The eval report as a plain-text table. */
import { EVAL_TYPES, type Scores, type TypeScore } from './score.js';

const COLUMNS = ['type', 'gold', 'predicted', 'correct', 'precision', 'recall', 'F1'];

function row(name: string, score: TypeScore): string[] {
  return [name, String(score.gold), String(score.predicted), String(score.correct), score.precision.toFixed(3), score.recall.toFixed(3), score.f1.toFixed(3)];
}

export function formatScoreTable(scores: Scores): string {
  const rows = [COLUMNS, ...EVAL_TYPES.map((type) => row(type, scores.byType[type])), row('micro', scores.micro)];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}
