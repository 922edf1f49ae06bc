/**
 * Reads the real news corpora with the readers and counts what comes out: every line should
 * give an article. Not part of `npm test` (it needs ../shared).
 *   npx tsx scripts/check-corpus.ts [FILE_OR_GLOB…]   (default: ../shared/corpus/*\/*.jsonl)
 */
import { readInputs } from '../ingest/read.js';

const inputs = process.argv.slice(2);
if (inputs.length === 0) inputs.push('../shared/corpus/*/*.jsonl');

const perFile = new Map<string, { articles: number; rejected: number; withTitle: number; withDate: number; ja: number; en: number }>();
let failed = 0;
const started = performance.now();
for await (const outcome of readInputs(inputs)) {
  const row = perFile.get(outcome.input) ?? { articles: 0, rejected: 0, withTitle: 0, withDate: 0, ja: 0, en: 0 };
  perFile.set(outcome.input, row);
  if (!outcome.ok) {
    row.rejected++;
    failed++;
    if (failed <= 20) console.error(`rejected ${outcome.input}:${outcome.line ?? ''} ${outcome.reason}`);
    continue;
  }
  row.articles++;
  if (outcome.article.title) row.withTitle++;
  if (outcome.article.publishedAt) row.withDate++;
  if (outcome.article.lang === 'ja') row.ja++;
  if (outcome.article.lang === 'en') row.en++;
}
for (const [file, r] of perFile) {
  console.log(`${file}: ${r.articles} articles, ${r.rejected} rejected; title ${r.withTitle}, date ${r.withDate}, lang ja ${r.ja} / en ${r.en}`);
}
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failed > 0 ? 2 : 0;
