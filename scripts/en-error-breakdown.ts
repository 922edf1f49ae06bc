/**
 * English error breakdown: every prediction of the full extractor on an English gold set sorted
 * into right (TP), no gold span near it (FP), overlapping a gold span with other bounds (BOUND),
 * same span other type (TYPE), and every gold span nothing overlaps (FN), with the rule that
 * proposed the span (`EnglishCandidate.rule`; "resolve" when resolution added it). Prints counts
 * by category, type and rule; writes one line per error, with context, to OUT.
 *   npx tsx scripts/en-error-breakdown.ts [../shared/eval/en-wikigold.jsonl] [--out /tmp/en-errors.tsv]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createExtractor } from '../src/extract/index.js';
import { loadGazetteer } from '../src/extract/gazetteer/load.js';
import { englishCandidates } from '../src/extract/en/candidates.js';
import { fold } from '../src/extract/text/scripts.js';
import { parseGold } from '../src/eval/gold.js';
import { spansFromMentions } from '../src/eval/predictors.js';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outPath = outAt >= 0 ? args[outAt + 1]! : '/tmp/en-errors.tsv';
const gold = parseGold(readFileSync(args.find((a, i) => !a.startsWith('--') && (i === 0 || args[i - 1] !== '--out')) ?? '../shared/eval/en-wikigold.jsonl', 'utf8')).records;
const ex = await createExtractor();
const gz = await loadGazetteer();
type S = { start: number; end: number; type: string };
const rows: string[] = [];
const count = new Map<string, number>();
const inc = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
for (const r of gold) {
  const text: string = r.text;
  const pred = spansFromMentions(ex.extract(text, { lang: 'en' })) as S[];
  const cands = englishCandidates(text, 0, gz, gz.scan(text, fold(text)));
  const ruleOf = (p: S) => cands.filter((c) => c.start === p.start && c.end === p.end).map((c) => c.rule ?? 'tier' + c.tier).join('|') || 'resolve';
  const g: S[] = r.entities;
  const ov = (a: S, b: S) => a.start < b.end && b.start < a.end;
  const ctx = (s: S) => text.slice(Math.max(0, s.start - 30), s.start).replace(/\n/g, ' ') + '[' + text.slice(s.start, s.end) + ']' + text.slice(s.end, s.end + 30).replace(/\n/g, ' ');
  for (const p of pred) {
    if (g.some((x) => x.start === p.start && x.end === p.end && x.type === p.type)) { inc(`TP ${p.type} ${ruleOf(p)}`); continue; }
    const same = g.find((x) => x.start === p.start && x.end === p.end);
    const o = g.filter((x) => ov(x, p));
    let cat: string;
    if (same) cat = `TYPE gold=${same.type} pred=${p.type}`;
    else if (o.length) cat = `BOUND ${o[0]!.type}->${p.type}`;
    else cat = `FP ${p.type}`;
    inc(`${cat.split(' ')[0]} ${p.type} ${ruleOf(p)}`);
    rows.push(`${cat}\t${ruleOf(p)}\t${ctx(p)}${o.length ? '\tgold: ' + o.map((x) => text.slice(x.start, x.end) + '/' + x.type).join(', ') : ''}`);
  }
  for (const x of g) {
    if (pred.some((p) => ov(x, p))) continue;
    inc(`FN ${x.type}`);
    rows.push(`FN ${x.type}\t-\t${ctx(x)}`);
  }
}
writeFileSync(outPath, rows.sort().join('\n') + '\n');
for (const [k, v] of [...count].sort()) console.log(v.toString().padStart(5), k);
