/**
 * Parse speed of the readers, in MB/s of input, for page text, HTML and JSON Lines, each next to a
 * baseline run in the same process (what the bare libraries cost: decoding and splitting lines for
 * page text, linkedom's parse alone for HTML, TextDecoder + JSON.parse per line for JSONL).
 *   npx tsx scripts/bench-parse.ts [--seconds 3] [JSONL_FILE]
 * Without a JSONL file it times a generated 32 MB one; with ../shared's corpus:
 *   npx tsx scripts/bench-parse.ts ../shared/corpus/ja-livedoor/livedoor_articles.jsonl
 */
import { readFileSync, rmSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../ingest/decode.js';
import { parseDocument, readInputs } from '../ingest/read.js';

const args = process.argv.slice(2);
const secondsAt = args.indexOf('--seconds');
const seconds = secondsAt >= 0 ? Number(args.splice(secondsAt, 2)[1]) : 3;
const jsonlArg = args[0];
const fixtures = new URL('../tests/fixtures/readers/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, fixtures));

/** Runs `fn` over `bytes` repeatedly for the time budget; returns MB/s. */
function rate(bytes: number, fn: () => void): number {
  fn(); // warm up
  const until = performance.now() + seconds * 1000;
  let runs = 0;
  const started = performance.now();
  while (performance.now() < until) {
    fn();
    runs++;
  }
  return (bytes * runs) / 1024 / 1024 / ((performance.now() - started) / 1000);
}

async function rateAsync(bytes: number, fn: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await fn();
  return bytes / 1024 / 1024 / ((performance.now() - started) / 1000);
}

const rows: Array<[string, string, number, number]> = [];

// Page text: the seed-format fixtures, one document at a time.
for (const name of ['page-ja.txt', 'page-en.txt']) {
  const bytes = fixture(name);
  const ours = rate(bytes.byteLength, () => void parseDocument(bytes, name));
  const base = rate(bytes.byteLength, () => void decodeBytes(bytes).text.split('\n'));
  rows.push(['page', name, ours, base]);
}

// HTML: three real-markup fixtures.
for (const name of ['wordpress-blog.html', 'ja-newspaper.html', 'en-news.html']) {
  const bytes = fixture(name);
  const ours = rate(bytes.byteLength, () => void parseDocument(bytes, name));
  const base = rate(bytes.byteLength, () => void parseHTML(new TextDecoder().decode(bytes)));
  rows.push(['html', name, ours, base]);
}

// A long page built from the WordPress fixture: 20× the article text, 25× the comment thread
// (about 150 KB, 100 comments), closer to the pages of real blogs than the small fixtures.
{
  const html = fixture('wordpress-blog.html').toString('utf8');
  const content = /<div class="entry-content">([\s\S]*?)<\/div>\s*<div class="sns-share">/.exec(html)![1]!;
  const thread = /<ol class="comment-list">([\s\S]*?)<\/ol>\s*<div id="respond"/.exec(html)![1]!;
  let n = 0;
  const big = html
    .replace(content, content.repeat(20))
    .replace(thread, Array.from({ length: 25 }, () => thread.replace(/comment-(\d+)/g, (_m, id: string) => `comment-${id}-${n++}`)).join('\n'));
  const bytes = Buffer.from(big);
  const ours = rate(bytes.byteLength, () => void parseDocument(bytes, 'generated.html'));
  const base = rate(bytes.byteLength, () => void parseHTML(new TextDecoder().decode(bytes)));
  rows.push(['html', `generated from wordpress-blog.html (${(bytes.byteLength / 1024).toFixed(0)} KB)`, ours, base]);
}

// JSON Lines: streamed from disk through readInputs, as ingest reads it.
let jsonlPath = jsonlArg;
let tempDir: string | null = null;
if (!jsonlPath) {
  tempDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  jsonlPath = join(tempDir, 'generated.jsonl');
  const lines = readFileSync(new URL('articles.jsonl', fixtures), 'utf8').trim().split('\n');
  const body = '港湾の取扱量は前年を上回った。The port handled more containers than last year. '.repeat(30);
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < 32 * 1024 * 1024; i++) {
    const record = JSON.parse(lines[i % lines.length]!) as Record<string, unknown>;
    const line = JSON.stringify({ ...record, id: `gen-${i}`, body });
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  writeFileSync(jsonlPath, `${out.join('\n')}\n`);
}
const jsonlBytes = statSync(jsonlPath).size;
let articles = 0;
const ours = await rateAsync(jsonlBytes, async () => {
  for await (const outcome of readInputs([jsonlPath])) if (outcome.ok) articles++;
});
const base = await rateAsync(jsonlBytes, async () => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of decoder.decode(readFileSync(jsonlPath)).split('\n')) if (line.trim() !== '') JSON.parse(line);
});
rows.push(['jsonl', `${jsonlArg ?? 'generated'} (${(jsonlBytes / 1024 / 1024).toFixed(1)} MB, ${articles} articles)`, ours, base]);
if (tempDir) rmSync(tempDir, { recursive: true, force: true });

console.log(`node ${process.version}, ${seconds} s per measurement`);
console.log('format  input                                               readers MB/s   baseline MB/s   readers/baseline');
for (const [format, input, o, b] of rows) {
  console.log(`${format.padEnd(7)} ${input.padEnd(52)} ${o.toFixed(2).padStart(12)}   ${b.toFixed(2).padStart(13)}   ${(o / b).toFixed(3).padStart(16)}`);
}
