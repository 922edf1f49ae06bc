/**
 * Where the Japanese extractor's errors come from: every candidate labelled by the source that
 * proposed it (gazetteer, title rule, abbreviation rule, other rules, IPADIC, English side for
 * Latin runs, tagger), scored against gold before settling (each source's own precision per type)
 * and after (which source the surviving mentions came from, and whether each error is a false
 * positive, a false negative, a boundary error or a type error).
 *
 *   npx tsx scripts/analyze-ja-errors.ts [--gold ../shared/eval/ja-gsd-dev.jsonl] [--model FILE] [--conflicts]
 *
 * Records the model was trained on are skipped, as in `newsgraph eval`. Give a model trained
 * with part of the data held out (`train-tagger.ts --gsd-held-out-below 5`) to measure the
 * sources on training text the tagger never saw.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseGold } from '../src/eval/gold.js';
import { evalTypeOf, type EvalType } from '../src/eval/score.js';
import { outermostSpans } from '../src/eval/flat.js';
import { selectCandidates, TIER, type Candidate } from '../src/extract/candidate.js';
import { englishCandidates } from '../src/extract/en/candidates.js';
import { loadGazetteer } from '../src/extract/gazetteer/load.js';
import { japaneseCandidates, latinRuns } from '../src/extract/ja/candidates.js';
import { withoutUntaggedModifiers } from '../src/extract/ja/modifiers.js';
import { withTaggerSupport } from '../src/extract/ja/tagger-support.js';
import { loadJaTokenizer, tokenizeJapanese } from '../src/extract/ja/tokenizer.js';
import { positionTokens } from '../src/extract/ja/tokens.js';
import { buildExtractor, otherSenseOf, wordClassifier } from '../src/extract/index.js';
import { fold } from '../src/extract/text/scripts.js';
import { loadTagger } from '../src/extract/tagger/index.js';
import { spansFromMentions } from '../src/eval/predictors.js';
import { usedForTraining, type TrainingRule } from '../src/extract/tagger/split.js';

const { values: args } = parseArgs({
  options: {
    gold: { type: 'string', default: '../shared/eval/ja-gsd-dev.jsonl' },
    model: { type: 'string' },
    conflicts: { type: 'boolean', default: false },
    examples: { type: 'string', default: '0' },
    // Only records the real model trains on (never ja-stockmark buckets 0 and 1, which eval scores).
    'training-only': { type: 'boolean', default: false },
  },
});

type Source = 'gazetteer' | 'title' | 'abbr' | 'dotted-known' | 'dotted' | 'rule' | 'ipadic' | 'english' | 'tagger';
interface Labelled extends Candidate {
  source: Source;
  dotted?: boolean;
}

function sourceOf(c: Candidate & { dotted?: boolean }): Source {
  if (c.tier === TIER.gazetteer) return 'gazetteer';
  if (c.tier === TIER.title) return 'title';
  if (c.tier === TIER.rule) {
    if (c.kind === 'country' && c.end - c.start === 1) return 'abbr';
    if (c.standsAlone) return 'dotted-known';
    return c.kind === 'person' && c.dotted ? 'dotted' : 'rule';
  }
  return 'ipadic';
}

const [gazetteer, tokenizer, tagger] = await Promise.all([loadGazetteer(), loadJaTokenizer(), loadTagger(args.model)]);
if (!tagger) throw new Error('no tagger model');
const extractor = buildExtractor({ gazetteer, tokenizer, tagger });
const wordClass = wordClassifier(tokenizer);
const otherSense = otherSenseOf(tokenizer);
const TRAINING: TrainingRule[] = [
  { file: 'ja-gsd-train.jsonl', idPrefix: 'gsd-train-', heldOutBelow: 0 },
  { file: 'ja-stockmark.jsonl', idPrefix: 'stockmark-', heldOutBelow: 2 },
];
const gold = parseGold(readFileSync(args.gold, 'utf8')).records.filter(
  (r) => r.lang === 'ja' && !tagger.sawInTraining(r.id) && (!args['training-only'] || usedForTraining(TRAINING, r.id)),
);

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
interface Tally {
  proposed: number;
  exact: number;
}
const rawBy = new Map<string, Tally>();
const finalBy = new Map<string, Tally>();
const droppedBy = new Map<string, Tally>();
const errors = new Map<string, number>();
const conflicts = new Map<string, number>();
const examples = new Map<string, string[]>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const tally = (m: Map<string, Tally>, k: string, ok: boolean) => {
  const t = m.get(k) ?? { proposed: 0, exact: 0 };
  t.proposed++;
  if (ok) t.exact++;
  m.set(k, t);
};
const EXAMPLES = Number(args.examples);
const example = (k: string, line: string) => {
  if (!EXAMPLES) return;
  const list = examples.get(k) ?? [];
  if (list.length < EXAMPLES) list.push(line);
  examples.set(k, list);
};

for (const record of gold) {
  const text = record.text;
  const raw = tokenizeJapanese(tokenizer, text);
  const tokens = positionTokens(text, raw);
  const matches = gazetteer.scanFrom(text, fold(text), tokens.map((t) => t.start));
  let all: Labelled[] = japaneseCandidates({ text, tokens, gazetteer, gazetteerMatches: matches, wordClass }).map((c) => {
    const dotted = /[・＝=]/.test(text.slice(c.start, c.end));
    return { ...c, dotted, source: sourceOf({ ...c, dotted }) };
  });
  for (const run of latinRuns(text)) {
    for (const c of englishCandidates(text.slice(run.start, run.end), run.start, gazetteer, [], { embedded: true })) all.push({ ...c, source: 'english' });
  }
  const tagged = tagger.tagJapanese(raw, text);
  const beforeSupport = withoutUntaggedModifiers(text, all, tagged) as Labelled[];
  all = withTaggerSupport(text, beforeSupport, tagged, otherSense) as Labelled[];
  const keptBySupport = new Set(all);
  for (const c of beforeSupport) {
    if (keptBySupport.has(c)) continue;
    const type = evalTypeOf(c.kind);
    if (!type) continue;
    const right = record.entities.some((g) => g.start === c.start && g.end === c.end && g.type === type);
    tally(droppedBy, `${c.source} ${type}`, right);
    example(`dropped ${c.source} ${type}`, `${right ? 'right' : 'wrong'}: ${text.slice(c.start, c.end)}`);
  }
  for (const s of tagged) all.push({ start: s.start, end: s.end, kind: s.type, tier: TIER.tagger, source: 'tagger' });

  const goldType = new Map<string, EvalType>();
  for (const g of record.entities) goldType.set(key(g), g.type);
  // Each source on its own, before settling, outermost spans of that source only.
  for (const source of ['gazetteer', 'title', 'abbr', 'dotted-known', 'dotted', 'rule', 'ipadic', 'english', 'tagger'] as const) {
    for (const c of outermostSpans(all.filter((x) => x.source === source))) {
      const type = evalTypeOf(c.kind);
      if (type) tally(rawBy, `${source} ${type}`, goldType.get(key(c)) === type);
    }
  }
  // Disagreements: a tagger span and another source's span that overlap but differ in span or type.
  if (args.conflicts) {
    const tags = all.filter((c) => c.source === 'tagger');
    for (const o of all) {
      if (o.source === 'tagger') continue;
      const ot = evalTypeOf(o.kind)!;
      for (const t of tags) {
        if (!(t.start < o.end && o.start < t.end)) continue;
        if (t.start === o.start && t.end === o.end && t.kind === ot) continue;
        const tOk = goldType.get(key(t)) === t.kind;
        const oOk = goldType.get(key(o)) === ot;
        const how = t.start === o.start && t.end === o.end ? 'type' : 'span';
        const k = `${o.source} ${ot} vs tagger ${t.kind} (${how}): ${tOk ? 'tagger right' : oOk ? 'other right' : 'neither'}`;
        bump(conflicts, k);
        example(k, `${text.slice(o.start, o.end)}[${o.kind}] / ${text.slice(t.start, t.end)}[${t.kind}]`);
      }
    }
  }

  // After settling and resolution, as eval scores it; each mention attributed to the best-ranked source with its span.
  const settled = selectCandidates(all);
  const predicted = spansFromMentions(extractor.extract(text, { lang: 'ja' }));
  const sourceAt = new Map<string, Source>();
  for (const c of [...all].sort((a, b) => a.tier - b.tier)) sourceAt.set(`${key(c)}:${evalTypeOf(c.kind)}`, c.source);
  void settled;
  const goldKeys = new Set(record.entities.map((g) => `${key(g)}:${g.type}`));
  for (const p of predicted) {
    const k = `${key(p)}:${p.type}`;
    const src = sourceAt.get(k) ?? 'resolution';
    const ok = goldKeys.has(k);
    tally(finalBy, `${src} ${p.type}`, ok);
    if (ok) continue;
    const same = record.entities.find((g) => g.start === p.start && g.end === p.end);
    const over = record.entities.find((g) => g.start < p.end && p.start < g.end);
    const kind = same ? `type (gold ${same.type})` : over ? (over.type === p.type ? 'boundary' : `boundary+type`) : 'spurious';
    const e = `FP ${p.type} ${kind} [${src}]`;
    bump(errors, e);
    example(e, `${text.slice(p.start, p.end)}${over ? ` (gold ${text.slice(over.start, over.end)}/${over.type})` : ''}`);
  }
  for (const g of record.entities) {
    const k = `${key(g)}:${g.type}`;
    if (predicted.some((p) => `${key(p)}:${p.type}` === k)) continue;
    const over = predicted.find((p) => p.start < g.end && g.start < p.end);
    const kind = over ? (over.start === g.start && over.end === g.end ? 'type' : over.type === g.type ? 'boundary' : 'boundary+type') : 'missed';
    const e = `FN ${g.type} ${kind}`;
    bump(errors, e);
    example(e, `${text.slice(g.start, g.end)}${over ? ` (pred ${text.slice(over.start, over.end)}/${over.type})` : ''}`);
  }
}

const print = (title: string, m: Map<string, Tally>) => {
  console.log(`\n${title}\n| source type | proposed | exact | precision |\n| --- | --- | --- | --- |`);
  for (const [k, t] of [...m].sort()) console.log(`| ${k} | ${t.proposed} | ${t.exact} | ${(t.exact / t.proposed).toFixed(3)} |`);
};
console.log(`${args.gold}: ${gold.length} records scored`);
print('Each source alone, before settling (outermost spans of that source):', rawBy);
print('Dropped for want of the tagger\'s support (src/extract/ja/tagger-support.ts), and how often they were right:', droppedBy);
print('After settling and resolution (what eval scores), by the source of each mention:', finalBy);
console.log('\nErrors:');
for (const [k, n] of [...errors].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(n).padStart(4)}  ${k}`);
  for (const ex of examples.get(k) ?? []) console.log(`        ${ex}`);
}
if (EXAMPLES) {
  console.log('\nDropped for want of support, examples:');
  for (const [k, list] of [...examples].filter(([k]) => k.startsWith('dropped ')).sort()) console.log(`${k}: ${list.join(', ')}`);
}
if (args.conflicts) {
  console.log('\nTagger vs other sources, overlapping candidates that differ:');
  for (const [k, n] of [...conflicts].sort()) {
    console.log(`${String(n).padStart(4)}  ${k}`);
    for (const ex of examples.get(k) ?? []) console.log(`        ${ex}`);
  }
}
