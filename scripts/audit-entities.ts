/**
 * Precision audit on real news, which has no gold: runs the full extractor (src/extract, with the
 * tagger) over a corpus and prints, per kind, the most frequent resolved entities with their mention
 * count, number of articles, the surfaces seen and one sample context. Read the lists for classes of
 * errors (common nouns as names, page chrome, wrong kind…); the output is for reading, not for the
 * project (never copy corpus text into it).
 *   npx tsx scripts/audit-entities.ts [corpus.jsonl] [--limit N] [--top N] [--kind K] [--no-context] [--grep SURFACE] [--by-source]
 * Default corpus ../shared/corpus/ja-livedoor/livedoor_articles.jsonl; also reads
 * ../shared/corpus/en-wikinews/gum_wikinews_articles.jsonl or any input `newsgraph ingest` reads.
 * --every K reads every K-th article only (livedoor is sorted by category: `--every 7` spans all nine).
 * --grep prints every mention whose surface equals SURFACE, with context (to check one entity).
 * --by-source also runs the extractor without the tagger and marks each entity `rules` (all its
 * mentions come without the tagger too), `tagger` (none do) or `rules N` (N of them do).
 */
import { parseArgs } from 'node:util';
import { readInputs } from '../ingest/read.js';
import { buildExtractor, createExtractor } from '../src/extract/index.js';
import { loadGazetteer } from '../src/extract/gazetteer/load.js';
import { loadJaTokenizer } from '../src/extract/ja/tokenizer.js';
import type { EntityKind, TextExtraction } from '../src/types.js';
import { ENTITY_KINDS } from '../src/types.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string', default: '1000' },
    every: { type: 'string', default: '1' },
    top: { type: 'string', default: '150' },
    kind: { type: 'string' },
    'no-context': { type: 'boolean', default: false },
    grep: { type: 'string' },
    'by-source': { type: 'boolean', default: false },
  },
});
const path = positionals[0] ?? '../shared/corpus/ja-livedoor/livedoor_articles.jsonl';
const limit = Number(values.limit);
const top = Number(values.top);
const every = Number(values.every);
if (![limit, top, every].every((n) => Number.isInteger(n) && n >= 1)) {
  process.stderr.write('--limit, --top and --every take a positive whole number\n');
  process.exit(2);
}
if (values.kind && !ENTITY_KINDS.includes(values.kind as EntityKind)) {
  process.stderr.write(`--kind: one of ${ENTITY_KINDS.join(', ')}\n`);
  process.exit(2);
}

interface Tally {
  id: string;
  kind: EntityKind;
  name: string;
  mentions: number;
  articles: Set<string>;
  surfaces: Map<string, number>;
  sample: string;
  /** Mentions the extractor without the tagger also gives (same span and kind): rules and dictionaries. */
  byRules: number;
}

const tallies = new Map<string, Tally>();
const extractor = await createExtractor();
// --by-source: the same text through the extractor without the tagger tells rule mentions from the tagger's.
const rulesOnly = values['by-source'] ? buildExtractor({ gazetteer: await loadGazetteer(), tokenizer: await loadJaTokenizer(), tagger: null }) : null;
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
let read = 0;
let seen = 0;
let mentionCount = 0;

function count(articleId: string, text: string, extraction: TextExtraction, rules: TextExtraction | undefined): void {
  const ruleSpans = new Set(rules?.mentions.map((m) => `${m.start}:${m.end}:${m.kind}`));
  for (const m of extraction.mentions) {
    mentionCount++;
    const context = `${oneLine(text.slice(Math.max(0, m.start - 12), m.start))}[${m.text}]${oneLine(text.slice(m.end, m.end + 12))}`;
    if (values.grep !== undefined && m.text === values.grep) process.stdout.write(`${articleId}\t${m.kind}\t${m.entity.id}\t${context}\n`);
    const key = `${m.kind}\t${m.entity.id}`;
    let t = tallies.get(key);
    if (!t) {
      t = { id: m.entity.id, kind: m.kind, name: m.entity.name, mentions: 0, articles: new Set(), surfaces: new Map(), sample: context, byRules: 0 };
      tallies.set(key, t);
    }
    t.mentions++;
    if (ruleSpans.has(`${m.start}:${m.end}:${m.kind}`)) t.byRules++;
    t.articles.add(articleId);
    t.surfaces.set(m.text, (t.surfaces.get(m.text) ?? 0) + 1);
  }
}

for await (const outcome of readInputs([path])) {
  if (!outcome.ok || seen++ % every !== 0) continue;
  const article = outcome.article;
  const result = extractor.extractArticle(article);
  const rules = rulesOnly?.extractArticle(article);
  count(article.id, article.body, result.body, rules?.body);
  for (const c of article.comments) {
    const e = result.comments[c.id];
    if (e) count(article.id, c.text, e, rules?.comments[c.id]);
  }
  if (++read >= limit) break;
}

process.stdout.write(`${read} articles from ${path}; ${mentionCount} mentions, ${tallies.size} entities\n`);
if (values.grep !== undefined) process.exit(0);
for (const kind of ENTITY_KINDS) {
  if (values.kind && values.kind !== kind) continue;
  const list = [...tallies.values()].filter((t) => t.kind === kind).sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  const total = list.reduce((s, t) => s + t.mentions, 0);
  process.stdout.write(`\n## ${kind}: ${list.length} entities, ${total} mentions\n`);
  for (const t of list.slice(0, top)) {
    const surfaces = [...t.surfaces.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([s, n]) => `${s}×${n}`).join(' ');
    const source = rulesOnly ? ` ${t.byRules === t.mentions ? 'rules' : t.byRules === 0 ? 'tagger' : `rules ${t.byRules}`}` : '';
    process.stdout.write(`${String(t.mentions).padStart(5)} ${String(t.articles.size).padStart(4)}a${source}  ${t.id}  ${surfaces}${values['no-context'] ? '' : `  | ${t.sample}`}\n`);
  }
}
