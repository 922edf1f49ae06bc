/**
 * Checks the seed page against the issue's targets: each target entity found with the right kind
 * and one entity id, and nothing from page chrome. Reads the page with the project's reader.
 *   npx tsx scripts/check-seed-entities.ts [path]   (default ../shared/seed/000_d54b11a56f137d42.txt)
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from '../ingest/read.js';
import { createExtractor } from '../src/extract/index.js';
import type { EntityKind, Mention } from '../src/types.js';

const path = process.argv[2] ?? '../shared/seed/000_d54b11a56f137d42.txt';

const TARGETS: Array<{ id: string; kind: EntityKind; surfaces?: string[] }> = [
  { id: 'person:joe-biden', kind: 'person' },
  { id: 'person:boris-johnson', kind: 'person' },
  { id: 'person:john-kirby', kind: 'person' },
  { id: 'person:jens-stoltenberg', kind: 'person' },
  { id: 'person:ja:ピーター・ベイズリー', kind: 'person' },
  ...['US', 'GB', 'AF', 'DE', 'TR', 'AZ', 'AM', 'CN', 'JP', 'TW', 'KR', 'RU'].map((c) => ({ id: `country:${c}`, kind: 'country' as const })),
  { id: 'org:nato', kind: 'organization' },
  { id: 'org:taliban', kind: 'organization' },
  { id: 'org:us-dod', kind: 'organization' },
  { id: 'org:us-military', kind: 'organization' },
  { id: 'org:isis', kind: 'organization' },
  { id: 'source:the-times', kind: 'source' },
  { id: 'source:the-daily-telegraph', kind: 'source' },
  { id: 'source:the-guardian', kind: 'source' },
  { id: 'location:kabul', kind: 'location', surfaces: ['カーブル', 'カブール'] },
];
/** Words of the page's navigation and footer that must never become entities. */
const CHROME = ['PAGE', 'TOP', 'Between', 'QA', 'F', 'オイオイオイ', '匿名'];

const { articles, rejected } = parseDocument(readFileSync(path), path);
if (articles.length !== 1) {
  process.stderr.write(`expected one article in ${path}, got ${articles.length} (${rejected.map((r) => r.reason).join('; ')})\n`);
  process.exit(1);
}
const article = articles[0]!;
const extractor = await createExtractor();
const result = extractor.extractArticle(article);
const all: Mention[] = [result.body.mentions, ...Object.values(result.comments).map((c) => c.mentions)].flat();

let missing = 0;
for (const target of TARGETS) {
  const found = all.filter((m) => m.entity.id === target.id);
  const kinds = new Set(found.map((m) => m.kind));
  const surfaces = new Set(found.map((m) => m.text));
  const lacking = (target.surfaces ?? []).filter((s) => !surfaces.has(s));
  const ok = found.length > 0 && kinds.size === 1 && kinds.has(target.kind) && lacking.length === 0;
  if (!ok) missing++;
  process.stdout.write(`${ok ? 'ok  ' : 'MISS'} ${target.id.padEnd(32)} ${found.length} mentions  ${[...surfaces].join(' ')}${lacking.length ? `  (no ${lacking.join(', ')})` : ''}\n`);
}
const chrome = all.filter((m) => CHROME.includes(m.text));
for (const m of chrome) process.stdout.write(`CHROME ${m.text} → ${m.entity.id}\n`);
process.stdout.write(
  `\n${TARGETS.length - missing}/${TARGETS.length} targets found; ${chrome.length} chrome entities; ${result.entities.length} entities, ` +
    `${all.length} mentions (body ${result.body.mentions.length}, ${Object.keys(result.comments).length} comments)\n`,
);
process.stdout.write(`entities: ${result.entities.map((e) => e.id).join(' ')}\n`);
process.exitCode = missing > 0 || chrome.length > 0 ? 1 : 0;
