/**
 * A large corpus for the scale run, made from a real one: article i is base article (i mod B)
 * with a new id, URL and date (one day later per round through the base), so its text, entities
 * and hot spots (米国 …) are real and repeat as they would over years of news.
 *
 *   npx tsx scripts/gen-scale-corpus.ts --count 100000 [--base 2000] [--from ../shared/corpus/ja-livedoor] [--out .newsgraph/scale/scale-100000.jsonl]
 *
 * Writes JSON Lines, streamed (the output is never held in memory). The output belongs outside git.
 */
import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readInputs } from '../ingest/read.js';
import type { Article } from '../src/types.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    base: { type: 'string', default: '2000' },
    from: { type: 'string', default: '../shared/corpus/ja-livedoor' },
    out: { type: 'string' },
  },
});

const count = Number(values.count);
const baseSize = Number(values.base);
const out = values.out ?? `.newsgraph/scale/scale-${count}.jsonl`;

const DAY = 86_400_000;
const EPOCH = Date.UTC(2020, 0, 1);

/** Variant i of a base article: same content, its own identity and date. */
export function scaleVariant(base: Article, i: number, round: number): Article {
  const published = base.publishedAt ? Date.parse(base.publishedAt) : NaN;
  const date = new Date((Number.isNaN(published) ? EPOCH : published) + round * DAY).toISOString();
  return {
    ...base,
    id: `scale-${i}`,
    url: base.url ? `${base.url}?scale=${i}` : null,
    publishedAt: date,
    comments: base.comments.map((c) => ({ ...c, postedAt: c.postedAt ? date : null })),
  };
}

const bases: Article[] = [];
// A corpus folder also holds LICENSE and README texts: only its JSON Lines are articles.
const input = statSync(values.from).isDirectory() ? `${values.from}/*.jsonl` : values.from;
for await (const outcome of readInputs([input])) {
  if (!outcome.ok) continue;
  bases.push(outcome.article);
  if (bases.length >= baseSize) break;
}
if (bases.length === 0) throw new Error(`no articles read from ${values.from}`);

await mkdir(dirname(out), { recursive: true });
const stream = createWriteStream(out);
for (let i = 0; i < count; i++) {
  const line = `${JSON.stringify(scaleVariant(bases[i % bases.length]!, i, Math.floor(i / bases.length)))}\n`;
  if (!stream.write(line)) await once(stream, 'drain');
}
stream.end();
await once(stream, 'finish');
process.stderr.write(`${count} articles from ${bases.length} base articles of ${values.from} → ${out}\n`);
