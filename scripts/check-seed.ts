/**
 * Parses the seed page and checks what issue 3 asks of it, point by point. Not part of `npm test`
 * (it needs ../shared).   npx tsx scripts/check-seed.ts [../shared/seed/000_d54b11a56f137d42.txt]
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from '../ingest/read.js';

const path = process.argv[2] ?? '../shared/seed/000_d54b11a56f137d42.txt';
const { articles, rejected } = parseDocument(readFileSync(path), path);
const a = articles[0];
let failed = 0;
const check = (what: string, ok: boolean, detail = '') => {
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
};
if (!a) throw new Error(`${path}: no article (${rejected.map((r) => r.reason).join('; ')})`);

check('one article, nothing rejected', articles.length === 1 && rejected.length === 0);
check('title', a.title === '米国、タリバンとの交渉内容を同盟国と共有したり調整することは行っていないと認める', a.title ?? 'null');
check('category', a.category === '米国関連', a.category ?? 'null');
check('publishedAt is null', a.publishedAt === null);
check('body ends at the closing line', a.body.endsWith('無知だっただけと言えばそれまでだが、、、'));
check('body has no comment, related list or chrome', !/関連記事|前のページ|次のページ|PAGE TOP|アイキャッチ|トラックバック|匿名|生贄|参考:|出典:/.test(a.body));
const titles = a.sources.map((s) => s.title);
for (const t of ['Limited Coordination Between U.S., NATO Allies in Getting Afghanistan Evacuees to Airport', 'Department of Defense', 'NATO Press conference', 'Public Domain']) {
  check(`source "${t}"`, titles.includes(t));
}
check('labels 参考 and 出典', a.sources.some((s) => s.label === '参考') && a.sources.some((s) => s.label === '出典'));
check('image credits keep their captions apart', a.sources.filter((s) => s.label === '出典').every((s) => !!s.caption && !s.title?.includes(s.caption)), a.sources.filter((s) => s.label === '出典').map((s) => `${s.title} / ${s.caption}`).join(', '));
check('related articles with titles', a.related.length >= 10 && a.related.every((r) => !!r.title), `${a.related.length}`);
check('25 comments', a.comments.length === 25, `${a.comments.length}`);
const ids = new Set(a.comments.map((c) => c.id));
check('every parent exists', a.comments.every((c) => c.parentId === null || ids.has(c.parentId)));
check('threads three levels deep', Math.max(...a.comments.map((c) => c.depth)) === 2);
const dates = a.comments.map((c) => c.postedAt ?? '');
check('dates 2021-08-21 … 2021-08-25', dates.every((d) => d >= '2021-08-21' && d <= '2021-08-25') && dates.includes('2021-08-21') && dates.includes('2021-08-25'));
check('votes where shown, null where not', a.comments.filter((c) => c.votes === null).length === 4 && a.comments[0]!.votes === 22, `${a.comments.filter((c) => c.votes === null).length} without`);
check('each comment has a language', a.comments.every((c) => c.lang === 'ja'));
console.log(failed === 0 ? 'all checks pass' : `${failed} checks failed`);
process.exitCode = failed === 0 ? 0 : 1;
