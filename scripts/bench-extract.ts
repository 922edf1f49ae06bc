/**
 * Extraction speed against its baselines, same texts, same process: Japanese extraction vs bare
 * kuromoji tokenization, English extraction vs bare compromise parsing. Prints chars/s and the
 * ratio (target ≥ 0.9×), from CPU time, best of interleaved rounds. Rules and gazetteers only, then
 * with the statistical tagger if it loads.
 *   npx tsx scripts/bench-extract.ts [ja.jsonl] [en.jsonl] [--ja-articles N] [--rounds N]
 * Defaults: ../shared/corpus/ja-livedoor/livedoor_articles.jsonl, ../shared/corpus/en-wikinews/gum_wikinews_articles.jsonl
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { buildExtractor, createExtractor, type Extractor } from '../src/extract/index.js';
import { loadGazetteer } from '../src/extract/gazetteer/load.js';
import { loadJaTokenizer } from '../src/extract/ja/tokenizer.js';
import type { Lang } from '../src/types.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--')));
const jaPath = positional[0] ?? '../shared/corpus/ja-livedoor/livedoor_articles.jsonl';
const enPath = positional[1] ?? '../shared/corpus/en-wikinews/gum_wikinews_articles.jsonl';
const jaArticles = option('--ja-articles', 150);
const rounds = option('--rounds', 5);

function bodies(path: string, limit: number): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, limit)
    .map((l) => (JSON.parse(l) as { body: string }).body);
}

/**
 * One pass over all texts, in seconds of this process's CPU time: the machine is shared, and wall
 * time counts whatever else runs on it.
 */
function pass(texts: string[], run: (t: string) => unknown): number {
  const start = process.cpuUsage();
  for (const t of texts) run(t);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** The least disturbed round stands for each runner. */
const best = (xs: number[]): number => Math.min(...xs);

/**
 * Baseline and contenders take turns round by round, in rotating order, after one warm-up pass each, so load from
 * other processes on the machine falls on all of them alike; the best round of each is compared.
 */
function race(texts: string[], runners: Array<(t: string) => unknown>): number[] {
  for (const run of runners) pass(texts, run);
  const times: number[][] = runners.map(() => []);
  for (let r = 0; r < rounds; r++) {
    // Each round starts with a different runner, so none always runs right after another's garbage.
    for (let k = 0; k < runners.length; k++) {
      const i = (r + k) % runners.length;
      times[i]!.push(pass(texts, runners[i]!));
    }
  }
  return times.map(best);
}

const [gazetteer, tokenizer] = await Promise.all([loadGazetteer(), loadJaTokenizer()]);
const rulesOnly = buildExtractor({ gazetteer, tokenizer, tagger: null });
const full = await createExtractor();

const ja = bodies(jaPath, jaArticles);
const en = bodies(enPath, Number.MAX_SAFE_INTEGER);
const chars = (texts: string[]) => texts.reduce((n, t) => n + t.length, 0);

function report(label: string, texts: string[], lang: Lang, baseline: (t: string) => unknown, extractors: Array<[string, Extractor]>): void {
  const [base, ...others] = race(texts, [baseline, ...extractors.map(([, ex]) => (x: string) => ex.extractText(x, { lang }))]);
  const n = chars(texts);
  process.stdout.write(`${label}: ${texts.length} texts, ${n} chars, best of ${rounds} interleaved rounds, CPU time\n`);
  process.stdout.write(`  baseline             ${(n / base! / 1000).toFixed(1).padStart(8)} kchars/s\n`);
  extractors.forEach(([name], i) => {
    const t = others[i]!;
    process.stdout.write(`  ${name.padEnd(20)} ${(n / t / 1000).toFixed(1).padStart(8)} kchars/s  ratio ${(base! / t).toFixed(2)}×\n`);
  });
}

report('Japanese (vs kuromoji tokenize)', ja, 'ja', (t) => tokenizer.tokenize(t), [
  ['rules+gazetteers', rulesOnly],
  ['with tagger', full],
]);
report('English (vs compromise nlp())', en, 'en', (t) => nlp(t), [
  ['rules+gazetteers', rulesOnly],
  ['with tagger', full],
]);
