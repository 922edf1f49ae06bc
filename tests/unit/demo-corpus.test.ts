/**
 * The demo corpus (data/demo) is data the whole pipeline and the cookbook rely on: these checks keep
 * it well-formed without using the readers under test, so a broken file is caught here first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DEMO = fileURLToPath(new URL('../../data/demo/', import.meta.url));
const FIRST_DAY = '2021-08-16';
const LAST_DAY = '2021-08-31';

const read = (rel: string) => readFileSync(path.join(DEMO, rel), 'utf8');
const list = (dir: string, ext: string) =>
  readdirSync(path.join(DEMO, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => `${dir}/${f}`)
    .sort();

/** The calendar day of an ISO date or date-time, in the time zone it is written in. */
const dayOf = (iso: string) => /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? '';
const inAugust2021 = (iso: string) => dayOf(iso) >= FIRST_DAY && dayOf(iso) <= LAST_DAY && !Number.isNaN(Date.parse(iso));

interface ThreadComment {
  id: string;
  parentId: string | null;
  depth: number;
  date: string;
  votes: number | null;
}

/** Each reply follows its parent, one level deeper, at most three levels in all. */
function threadProblems(comments: ThreadComment[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, ThreadComment>();
  for (const c of comments) {
    if (seen.has(c.id)) problems.push(`${c.id}: duplicate id`);
    if (c.parentId === null) {
      if (c.depth !== 0) problems.push(`${c.id}: top-level comment at depth ${c.depth}`);
    } else {
      const parent = seen.get(c.parentId);
      if (!parent) problems.push(`${c.id}: parent ${c.parentId} does not come before it`);
      else if (c.depth !== parent.depth + 1) problems.push(`${c.id}: depth ${c.depth} under a parent at ${parent.depth}`);
    }
    if (c.depth > 2) problems.push(`${c.id}: deeper than three levels`);
    if (!inAugust2021(c.date)) problems.push(`${c.id}: date ${c.date} outside ${FIRST_DAY}..${LAST_DAY}`);
    seen.set(c.id, c);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Page text in the seed's layout

interface Page {
  category: string;
  title: string;
  body: string[];
  related: string;
  comments: ThreadComment[];
  lines: string[];
}

const PAGE_BULLET = /^( +)• (.*)$/u;
const PAGE_DATE = /^(\d{4})年 (\d{1,2})月 (\d{1,2})日$/u;

function readPage(text: string): Page {
  const lines = text.split('\n');
  const bodyEnd = lines.findIndex((l) => l.startsWith('関連記事:'));
  const commentsAt = lines.indexOf('コメント');
  const trackbackAt = lines.findIndex((l) => l.includes('トラックバック'));
  const comments: ThreadComment[] = [];
  const stack: ThreadComment[] = [];
  for (let i = commentsAt + 1; i < trackbackAt; i++) {
    const author = PAGE_BULLET.exec(lines[i]!);
    if (!author) continue;
    const date = PAGE_BULLET.exec(lines[i + 1] ?? '');
    const ymd = date ? PAGE_DATE.exec(date[2]!) : null;
    if (!date || !ymd || date[1] !== author[1]) throw new Error(`line ${i + 2}: a comment's date bullet must follow its author bullet`);
    const indent = author[1]!.length;
    if (![4, 6, 8].includes(indent)) throw new Error(`line ${i + 1}: comment indented ${indent} spaces, not 4, 6 or 8`);
    const depth = (indent - 4) / 2;
    while (stack.length > depth) stack.pop();
    // The vote count, when shown, is the last line before the next bullet.
    let next = i + 2;
    while (next < trackbackAt && !PAGE_BULLET.exec(lines[next]!)) next++;
    const last = lines[next - 1]!.trim();
    const comment: ThreadComment = {
      id: `c${comments.length + 1}`,
      parentId: depth === 0 ? null : (stack[depth - 1]?.id ?? 'missing'),
      depth,
      date: `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}`,
      votes: /^\d+$/.test(last) ? Number(last) : null,
    };
    comments.push(comment);
    stack[depth] = comment;
    stack.length = depth + 1;
    i += 1;
  }
  return {
    category: lines[0]!,
    title: lines[2]!,
    body: lines.slice(4, bodyEnd).filter((l) => l.trim() !== '' && !/^(参考|出典):/u.test(l)),
    related: lines[bodyEnd]?.slice('関連記事:'.length) ?? '',
    comments,
    lines,
  };
}

// ---------------------------------------------------------------------------------------------
// Article JSON lines, HTML JSON-LD and RSS

interface ArticleJson {
  id: string;
  url: string;
  title: string;
  lang: string;
  publishedAt: string;
  body: string;
  sources: Array<{ label: string; title: string; url: string | null }>;
  related: Array<{ title: string; url: string }>;
  comments: Array<{ id: string; parentId: string | null; depth: number; author: string; postedAt: string; votes: number | null; text: string }>;
}

const jsonlArticles = (rel: string) =>
  read(rel)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, k) => {
      try {
        return JSON.parse(l) as ArticleJson;
      } catch (error) {
        throw new Error(`${rel} line ${k + 1}: ${(error as Error).message}`);
      }
    });

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

/** Well-formed XML: every tag closed in order. CDATA, comments and declarations are set aside first. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stripped = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '');
  const stack: string[] = [];
  for (const m of stripped.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element`);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (/<(?![/!?A-Za-z_])/.test(stripped)) problems.push('a bare "<" outside CDATA');
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.test(stripped)) problems.push('an unescaped "&"');
  return problems;
}

const rssItems = (xml: string) =>
  [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => {
    const field = (tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(m[1]!)?.[1] ?? '';
    return { title: field('title'), link: field('link'), pubDate: field('pubDate'), content: field('content:encoded') };
  });

// ---------------------------------------------------------------------------------------------

const PAGES = list('pages', '.txt');
const JSONL = list('jsonl', '.jsonl');
const HTML = list('html', '.html');
const FEEDS = list('feeds', '.xml');

describe('demo corpus: the files', () => {
  it('has what the brief asks for in each format', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(3);
    expect(HTML.length).toBeGreaterThanOrEqual(3);
    expect(JSONL.length).toBeGreaterThanOrEqual(2);
    expect(FEEDS.length).toBeGreaterThanOrEqual(1);
  });

  it('names every file in its README', () => {
    const readme = read('README.md');
    const missing = [...PAGES, ...JSONL, ...HTML, ...FEEDS].filter((f) => !readme.includes(`\`${f}\``));
    expect(missing).toEqual([]);
  });

  it('stays small', () => {
    const bytes = [...PAGES, ...JSONL, ...HTML, ...FEEDS, 'README.md'].reduce((n, f) => n + Buffer.byteLength(read(f)), 0);
    expect(bytes).toBeLessThan(300_000);
  });
});

describe.each(PAGES)('demo page %s', (file) => {
  const text = read(file);
  const page = readPage(text);

  it('has the seed layout: category, blank, title, blank, body … PAGE TOP', () => {
    expect(page.category).toMatch(/^\S+関連$/u);
    expect(page.lines[1]).toBe('');
    expect(page.title.length).toBeGreaterThan(10);
    expect(page.lines[3]).toBe('');
    expect(page.body.length).toBeGreaterThanOrEqual(3);
    expect(page.body.length).toBeLessThanOrEqual(6);
    expect(page.lines.some((l) => l.startsWith('参考:'))).toBe(true);
    expect(page.lines.some((l) => /^出典:\S+.* \S+$/u.test(l))).toBe(true);
    for (const marker of ['※アイキャッチ画像の出典:', 'コメント', '関連記事', '  1. この記事へのトラックバックはありません。']) {
      expect(page.lines).toContain(marker);
    }
    expect(page.lines.some((l) => l.endsWith('前のページ'))).toBe(true);
    expect(page.lines.some((l) => l.endsWith('次のページ'))).toBe(true);
    expect(text.endsWith('\nPAGE TOP')).toBe(true);
    expect(text).not.toMatch(/\r|\t/);
  });

  it('has 8–20 comments in threads up to three levels, dated 16–31 August 2021, some with votes', () => {
    expect(page.comments.length).toBeGreaterThanOrEqual(8);
    expect(page.comments.length).toBeLessThanOrEqual(20);
    expect(threadProblems(page.comments)).toEqual([]);
    expect(page.comments.some((c) => c.depth === 2)).toBe(true);
    expect(page.comments.some((c) => c.votes !== null)).toBe(true);
    expect(page.comments.some((c) => c.votes === null)).toBe(true);
    // Like the seed: the last comment shows no vote line right before the trackback line.
    expect(page.comments.at(-1)!.votes).toBeNull();
  });
});

describe.each(JSONL)('demo JSONL %s', (file) => {
  const articles = jsonlArticles(file);

  it.each(articles.map((a) => [a.id, a] as const))('%s is a complete Article JSON with a thread', (_id, a) => {
    expect(a.url).toMatch(/^https:\/\/demo\.newsgraph\.local\/(ja|en)\/2021\/08\/[a-z-]+$/);
    expect(a.url.includes(`/${a.lang}/`)).toBe(true);
    expect(['ja', 'en']).toContain(a.lang);
    expect(a.title.length).toBeGreaterThan(10);
    expect(inAugust2021(a.publishedAt)).toBe(true);
    expect(a.body.split('\n\n').length).toBeGreaterThanOrEqual(3);
    expect(a.sources.length).toBeGreaterThan(0);
    expect(a.related.length).toBeGreaterThan(0);
    expect(a.comments.length).toBeGreaterThanOrEqual(5);
    const thread = a.comments.map((c) => ({ ...c, date: c.postedAt }));
    expect(threadProblems(thread)).toEqual([]);
    expect(a.comments.every((c) => c.text.trim() !== '' && c.author.trim() !== '')).toBe(true);
  });
});

describe.each(HTML)('demo HTML %s', (file) => {
  const html = read(file);
  const [article] = jsonLd(html).length > 0 ? jsonLd(html) : [undefined];
  const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];

  it('has a canonical demo URL, a title and a date in August 2021', () => {
    expect(canonical).toMatch(/^https:\/\/demo\.newsgraph\.local\/(ja|en)\/2021\/08\/[a-z-]+$/);
    expect(html).toMatch(/<title>[^<]{10,}<\/title>/);
    const published = (article?.datePublished as string | undefined) ?? /article:published_time" content="([^"]+)"/.exec(html)?.[1];
    expect(published && inAugust2021(published)).toBe(true);
  });

  it('keeps its JSON-LD, when it has any, a NewsArticle with headline, date, author, publisher and language', () => {
    for (const block of jsonLd(html)) {
      expect(block['@type']).toBe('NewsArticle');
      for (const key of ['headline', 'datePublished', 'author', 'publisher', 'inLanguage']) expect(block).toHaveProperty(key);
    }
  });

  it('has a comment thread at least two levels deep', () => {
    const wordpress = /<ol class="commentlist">[\s\S]*<ul class="children">[\s\S]*<ul class="children">/.test(html);
    const microdata = (html.match(/itemtype="https:\/\/schema\.org\/Comment"/g) ?? []).length >= 5 && html.includes('itemprop="comment"');
    const jsonLdComments = JSON.stringify(article?.comment ?? []).match(/"@type":"Comment"/g)?.length ?? 0;
    expect(wordpress || microdata || jsonLdComments >= 5).toBe(true);
  });
});

describe.each(FEEDS)('demo feed %s', (file) => {
  const xml = read(file);

  it('is well-formed RSS 2.0 with 2–3 dated items', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<rss version="2.0"');
    expect(xmlProblems(xml)).toEqual([]);
    const items = rssItems(xml);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(3);
    for (const item of items) {
      expect(item.title.length).toBeGreaterThan(10);
      expect(item.link).toMatch(/^https:\/\/demo\.newsgraph\.local\/en\/2021\/08\/[a-z-]+$/);
      expect(inAugust2021(new Date(item.pubDate).toISOString())).toBe(true);
      expect(item.content).toMatch(/Sources?:/);
    }
  });
});

describe('the XML check itself', () => {
  it.each([
    ['<a><b/></a>', []],
    ['<a><b></a>', ['</a> closes the wrong element', 'unclosed: a']],
    ['<a>x & y</a>', ['an unescaped "&"']],
    ['<a><![CDATA[<p>& </p>]]></a>', []],
  ])('%s → %j', (xml, problems) => {
    expect(xmlProblems(xml)).toEqual(problems);
  });
});

describe('demo corpus: links between articles', () => {
  const jsonl = JSONL.flatMap(jsonlArticles);
  const htmlUrls = HTML.map((f) => /<link rel="canonical" href="([^"]+)">/.exec(read(f))?.[1] ?? '');
  const htmlTitles = HTML.map((f) => /<meta property="og:title" content="([^"]+)">/.exec(read(f))?.[1] ?? '');
  const feedItems = FEEDS.flatMap((f) => rssItems(read(f)));
  const pages = PAGES.map((f) => readPage(read(f)));
  const urls = new Set([...jsonl.map((a) => a.url), ...htmlUrls, ...feedItems.map((i) => i.link)]);
  const titles = new Set([...jsonl.map((a) => a.title), ...htmlTitles, ...feedItems.map((i) => i.title), ...pages.map((p) => p.title)]);

  it('gives every article its own URL', () => {
    expect(urls.size).toBe(jsonl.length + HTML.length + feedItems.length);
  });

  it('points every JSONL related link at another demo article, by URL and by the same title', () => {
    for (const a of jsonl) {
      for (const r of a.related) {
        expect(urls.has(r.url), `${a.id} → ${r.url}`).toBe(true);
        expect(titles.has(r.title), `${a.id} → ${r.title}`).toBe(true);
        expect(r.url).not.toBe(a.url);
      }
    }
  });

  it('points every demo link in the HTML pages at a demo article', () => {
    for (const file of HTML) {
      const links = [...read(file).matchAll(/href="(https:\/\/demo\.newsgraph\.local\/(?:ja|en)\/2021\/08\/[^"#]+)"/g)].map((m) => m[1]!);
      expect(links.length, file).toBeGreaterThan(0);
      expect(links.filter((l) => !urls.has(l)), file).toEqual([]);
    }
  });

  it("names, in each page's 関連記事 line, the title of another demo article", () => {
    for (const page of pages) {
      expect(titles.has(page.related), page.related).toBe(true);
      expect(page.related).not.toBe(page.title);
    }
  });

  it('links across languages', () => {
    const crossLanguage = jsonl.some((a) => a.related.some((r) => !r.url.includes(`/${a.lang}/`)));
    expect(crossLanguage).toBe(true);
  });
});
