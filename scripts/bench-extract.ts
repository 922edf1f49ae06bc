/**
 * Extraction speed against its baselines, same texts, same process: Japanese extraction vs bare
 * kuromoji tokenization, English extraction vs bare compromise parsing. Prints chars/s and the
 * ratio (target ≥ 0.9×), from CPU time, best of interleaved rounds. Rules and gazetteers only, then
 * with the statistical tagger if it loads.
 *   npx tsx scripts/bench-extract.ts [ja.jsonl] [en.jsonl] [--ja-articles N] [--rounds N]
 *   npx tsx scripts/bench-extract.ts [ja.jsonl] --lengths 304000   (time per character as one text grows)
 *   npx tsx scripts/bench-extract.ts --en-only [--rounds N]          (the English half alone)
 * Defaults: ../shared/corpus/ja-livedoor/livedoor_articles.jsonl, ../shared/corpus/en-wikinews/gum_wikinews_articles.jsonl
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { buildExtractor, createExtractor, type Extractor } from '../src/extract/index.js';
import { loadGazetteer } from '../src/extract/gazetteer/load.js';
import { loadJaTokenizer, tokenizeJapanese } from '../src/extract/ja/tokenizer.js';
import { parseEnglish } from '../src/extract/en/parse.js';
import type { Lang } from '../src/types.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
// Options that take a value; --en-only takes none, so a path after it is still a path.
const VALUED = new Set(['--ja-articles', '--rounds', '--lengths']);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && VALUED.has(args[i - 1]!)));
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

/**
 * --lengths L: texts cut at L/8, L/4, L/2 and L characters; CPU time per character of the full
 * extractor (and of bare kuromoji and kuromoji in pieces, src/extract/ja/pieces.ts, on the
 * articles). Linear work keeps the time per character flat as a text grows. Three texts: whole
 * articles in corpus order; generated sentences full of titled names (roles, partial names); a
 * generated shop list, one per line, with no 、 or 。 (one "sentence" to kuromoji).
 */
const longest = option('--lengths', 0);
if (longest > 0) {
  let articles = '';
  for (const body of bodies(jaPath, Number.MAX_SAFE_INTEGER)) {
    if (articles.length >= longest) break;
    articles += `${body}\n`;
  }
  const names = ['ジョン・スミス報道官', 'ボリス・ジョンソン首相', 'アン・リー外相', 'ピーター・ベイズリー海軍少将'];
  const others = ['マーク・トレベリアン', 'トム・ハンクス', 'カービー'];
  const texts: Record<string, string> = { articles, titled: '', list: '' };
  for (let i = 0; texts.titled!.length < longest; i++) texts.titled += `${names[i % 4]}は${['英国', '米国', 'ドイツ'][i % 3]}の${others[i % 3]}${i}氏と会談した。`;
  for (let i = 0; texts.list!.length < longest; i++) texts.list += `ソフトバンク${['札幌', '仙台', '名古屋', '博多'][i % 4]}${i}号店\n`;
  full.extractText(articles.slice(0, 20_000), { lang: 'ja' });
  const perChar = (text: string, run: (t: string) => unknown) => ((pass([text], run) * 1e6) / text.length).toFixed(2).padStart(9);
  process.stdout.write('text        chars   extraction µs/char   kuromoji µs/char   pieces µs/char\n');
  for (const [name, source] of Object.entries(texts)) {
    for (let n = longest / 8; n <= longest; n *= 2) {
      const text = source.slice(0, Math.round(n));
      const bare = name === 'articles' ? perChar(text, (t) => tokenizer.tokenize(t)) : '        -';
      const pieces = name === 'articles' ? perChar(text, (t) => tokenizeJapanese(tokenizer, t)) : '        -';
      process.stdout.write(`${name.padEnd(8)} ${String(text.length).padStart(8)}   ${perChar(text, (t) => full.extractText(t, { lang: 'ja' })).padStart(18)}   ${bare.padStart(16)}   ${pieces.padStart(14)}\n`);
    }
  }
  process.exit(0);
}

const ja = bodies(jaPath, jaArticles);
const en = bodies(enPath, Number.MAX_SAFE_INTEGER);
const chars = (texts: string[]) => texts.reduce((n, t) => n + t.length, 0);

type Row = [string, Extractor | ((t: string) => unknown)];

function report(label: string, texts: string[], lang: Lang, baseline: (t: string) => unknown, extractors: Row[]): void {
  const run = ([, ex]: Row) => (typeof ex === 'function' ? ex : (x: string) => ex.extractText(x, { lang }));
  const [base, ...others] = race(texts, [baseline, ...extractors.map(run)]);
  const n = chars(texts);
  process.stdout.write(`${label}: ${texts.length} texts, ${n} chars, best of ${rounds} interleaved rounds, CPU time\n`);
  process.stdout.write(`  baseline             ${(n / base! / 1000).toFixed(1).padStart(8)} kchars/s\n`);
  extractors.forEach(([name], i) => {
    const t = others[i]!;
    process.stdout.write(`  ${name.padEnd(20)} ${(n / t / 1000).toFixed(1).padStart(8)} kchars/s  ratio ${(base! / t).toFixed(2)}×\n`);
  });
}

if (!args.includes('--en-only')) report('Japanese (vs kuromoji tokenize)', ja, 'ja', (t) => tokenizer.tokenize(t), [
  // The same tokens through pieces and the linear lattice (src/extract/ja/lattice.ts), no rules:
  // how much of the extractor's lead over the baseline is tokenization alone.
  ['tokens only', (t) => tokenizeJapanese(tokenizer, t)],
  ['rules+gazetteers', rulesOnly],
  ['with tagger', full],
]);
report('English (vs compromise nlp())', en, 'en', (t) => nlp(t), [
  // The extractor's own compromise parse (src/extract/en/parse.ts: the same terms and tags), no rules.
  ['parse only', (t) => parseEnglish(t)],
  ['rules+gazetteers', rulesOnly],
  ['with tagger', full],
]);
