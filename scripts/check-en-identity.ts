/**
 * Checks that the English extractor's parse (src/extract/en/parse.ts) gives exactly the terms of
 * compromise's own `nlp(text)`: the same sentences, and in each the same terms with the same text,
 * whitespace and tags. The English rules read nothing else of the parse, so the same terms mean the
 * same mentions. Texts: every `text`, `body`, `title` and comment `text` of the JSON Lines files
 * given, as written, in ALL CAPS and in lower case (headlines and careless writing); in Japanese
 * texts, the Latin runs the Japanese side hands to the English one. A file that is not JSON Lines
 * (the seed page) is read as one text.
 *   npx tsx scripts/check-en-identity.ts [file…]
 * Defaults: ../shared/eval/en-wikigold.jsonl, ../shared/corpus/en-wikinews/gum_wikinews_articles.jsonl,
 * ../shared/seed/000_d54b11a56f137d42.txt, the first 300 articles of ../shared/corpus/ja-livedoor/livedoor_articles.jsonl
 * Exit code 1 when any text differs (the first differences are printed).
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { parseEnglish, type Term } from '../src/extract/en/parse.js';
import { latinRuns } from '../src/extract/ja/candidates.js';

const JA_LIMIT = 300;
const args = process.argv.slice(2);
const paths = args.length > 0
  ? args
  : [
      '../shared/eval/en-wikigold.jsonl',
      '../shared/corpus/en-wikinews/gum_wikinews_articles.jsonl',
      '../shared/seed/000_d54b11a56f137d42.txt',
      '../shared/corpus/ja-livedoor/livedoor_articles.jsonl',
    ];

/** The texts of one file: fields of each JSON line, or the whole file when its first line is no JSON object. */
function textsOf(path: string): string[] {
  const content = readFileSync(path, 'utf8');
  const lines = content.split('\n').filter((l) => l.trim() !== '');
  if (!lines[0]?.trimStart().startsWith('{')) return [content];
  const out: string[] = [];
  for (const [i, line] of lines.slice(0, path.includes('ja-') ? JA_LIMIT : undefined).entries()) {
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${path}:${i + 1}: not JSON (${(error as Error).message}); fix or remove the line`);
    }
    for (const field of ['title', 'body', 'text']) if (typeof record[field] === 'string') out.push(record[field]);
    if (Array.isArray(record.comments)) for (const c of record.comments as Array<{ text?: unknown }>) if (typeof c.text === 'string') out.push(c.text);
  }
  return out;
}

/** Japanese text gives its Latin runs (what the English side reads there); English text is taken whole, also in all caps and lower case. */
function variants(text: string): string[] {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) return latinRuns(text).map((r) => text.slice(r.start, r.end)).filter((run) => run.length > 1);
  return [text, text.toUpperCase(), text.toLowerCase()];
}

const termKey = (t: Term): string => `${JSON.stringify(t.text)} pre=${JSON.stringify(t.pre)} post=${JSON.stringify(t.post)} #${[...t.tags].sort().join(' #')}`;

/** The first difference between two parses, or null. */
function difference(stock: Term[][], ours: Term[][]): string | null {
  if (stock.length !== ours.length) return `${stock.length} sentences in nlp(), ${ours.length} in parseEnglish`;
  for (let s = 0; s < stock.length; s++) {
    const a = stock[s]!;
    const b = ours[s]!;
    if (a.length !== b.length) return `sentence ${s}: ${a.length} terms in nlp(), ${b.length} in parseEnglish`;
    for (let i = 0; i < a.length; i++) {
      const [x, y] = [termKey(a[i]!), termKey(b[i]!)];
      if (x !== y) return `sentence ${s}, term ${i}:\n    nlp()        ${x}\n    parseEnglish ${y}`;
    }
  }
  return null;
}

let texts = 0;
let terms = 0;
let differing = 0;
for (const path of paths) {
  let fileTexts = 0;
  for (const text of textsOf(path).flatMap(variants)) {
    const stock = (nlp(text) as unknown as { document: Term[][] }).document;
    const ours = parseEnglish(text);
    texts++;
    fileTexts++;
    terms += stock.reduce((n, s) => n + s.length, 0);
    const diff = difference(stock, ours);
    if (diff) {
      differing++;
      if (differing <= 5) process.stdout.write(`${path}: differs in ${JSON.stringify(text.slice(0, 80))}…\n  ${diff}\n`);
    }
  }
  process.stdout.write(`${path}: ${fileTexts} texts\n`);
}
process.stdout.write(`${texts} texts, ${terms} terms: ${differing === 0 ? 'identical' : `${differing} texts differ`}\n`);
process.exit(differing === 0 ? 0 : 1);
