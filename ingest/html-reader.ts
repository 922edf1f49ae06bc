/**
 * An HTML article page → Article. Main text through Mozilla Readability (on linkedom), with the
 * comment section taken out first so no comment leaks into the body; metadata from JSON-LD,
 * OpenGraph and meta tags; comments from the markups html-comments.ts knows; outbound links in
 * the article text, and its 参考:/出典:/Source: lines, as sources.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article, RelatedRef } from '../src/types.js';
import type { Link } from './body-parts.js';
import { articleId } from './article-id.js';
import { sortParagraphs } from './body-parts.js';
import { detectLang } from './detect-lang.js';
import { COMMENT_CONTAINERS, isItem, readHtmlComments } from './html-comments.js';
import { readMetadata, stripSiteSuffix, type PageMetadata } from './html-metadata.js';
import { paragraphsOf } from './html-text.js';
import { type DocumentResult, type Rejection, reject } from './outcome.js';

const RELATED_LINKS = '.related a, #related a, .yarpp-related a, .jp-relatedposts a, [class*="related-posts"] a, [class*="related-articles"] a, [class*="relatedArticles"] a, [class*="related_posts"] a, .post-navigation a, .nav-previous a, .nav-next a';
const NOT_BODY = 'nav, header:not(article header), footer:not(article footer), aside, form, .share, .sns, .social, .advertisement, .ad, [class*="share-buttons"], [class*="related"], [id*="related"], .post-navigation, .breadcrumb, .breadcrumbs';

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

function norm(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim().toLowerCase();
}

function bigrams(s: string): Set<string> {
  const t = norm(s).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const out = new Set<string>();
  for (let i = 0; i < t.length - 1; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Dice similarity of two strings' character bigrams (works for Japanese and English alike). */
export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/** The headline: the page's h1 when a meta title agrees with it, else the best meta title without the site name. */
export function chooseTitle(doc: Document, meta: PageMetadata): string | null {
  const host = hostOf(meta.url);
  const strip = (t: string | null) => (t ? stripSiteSuffix(t, meta.site, host) : null);
  const metaTitles = [meta.titles.og, meta.titles.jsonLd, meta.titles.twitter, meta.titles.meta, meta.titles.document]
    .filter((t): t is string => t !== null)
    .map((t) => t.replace(/[ \t\r\n]+/g, ' ').trim());
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => (h.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim())
    .filter((t) => t.length >= 4 && t.length <= 300);
  for (const h1 of h1s) {
    if (metaTitles.some((t) => norm(t) === norm(h1) || norm(strip(t)!) === norm(h1))) return h1;
  }
  for (const h1 of h1s) {
    if (h1.length >= 8 && metaTitles.some((t) => norm(t).includes(norm(h1)))) return h1;
  }
  // The visible headline, when the share title is a variant of it (reworded, shortened): readers
  // see the h1, so it is the title.
  const shared = strip(meta.titles.og ?? meta.titles.jsonLd ?? meta.titles.twitter);
  if (shared) {
    const variant = h1s.find((h1) => h1.length >= 8 && dice(h1, shared) >= 0.6);
    if (variant) return variant;
  }
  // Only <title> to go by (old pages): it often names the section, not the story; the h1 does.
  const onlyDocumentTitle = metaTitles.length <= 1 && meta.titles.document !== null;
  const siteKey = meta.site ? norm(meta.site) : null;
  const storyH1 = h1s.find((h) => h.length >= 8 && norm(h) !== siteKey);
  if (onlyDocumentTitle && storyH1) return storyH1;
  const best = strip(metaTitles[0] ?? null);
  if (best) return best;
  return h1s[0] ?? null;
}

/** Main text: Readability on `document` (which it changes), else the article element. */
function mainParagraphs(document: Document, html: string, url: string | null): { paragraphs: string[]; links: Array<{ text: string; href: string; context: string }> } | null {
  // Comments and their forms are not the article; Readability sometimes keeps them. A lone
  // element classed "comment" may be an editor's note, so only lists of them go.
  for (const el of Array.from(document.querySelectorAll(COMMENT_CONTAINERS))) el.remove();
  const items = Array.from(document.body?.querySelectorAll('*') ?? []).filter(isItem);
  if (items.length >= 2) for (const el of items) el.remove();
  // The serializer hands back the DOM node itself: no HTML string to parse a second time.
  const parsed = new Readability<Element>(document, { charThreshold: 200, serializer: (node) => node as Element }).parse();
  let root: Element | null = parsed?.content ?? null;
  if (!root || (root.textContent ?? '').trim().length < 40) {
    // Readability gave up (a short page): take the article element, or the body without chrome.
    const { document: fresh } = parseHTML(html);
    for (const el of Array.from(fresh.querySelectorAll(`${COMMENT_CONTAINERS}, ${NOT_BODY}`))) el.remove();
    root = fresh.querySelector('article, [itemprop="articleBody"], main, .entry-content, .post-content, .article-body') ?? fresh.body;
  }
  if (!root) return null;
  const links: Array<{ text: string; href: string; context: string }> = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = absolute(a.getAttribute('href'), url);
    if (!href || !/^https?:/.test(href)) continue;
    const block = a.closest('p, li, figcaption, div, blockquote') ?? a;
    links.push({ text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href, context: (block.textContent ?? '').replace(/\s+/g, ' ').trim() });
  }
  return { paragraphs: paragraphsOf(root), links };
}

/** Elements a page marks as the article's text (itemprop=articleBody, .entry-content…). */
const BODY_MARKERS = '[itemprop="articleBody"], .entry-content, .post-content, .post-body, .article-body, .article__body, .articleBody, .story-body, .story-content, #article-body, .article-text, .news-body, .main-text, .entry-body';

function linksIn(root: Element, url: string | null, skip: Set<Element>): Link[] {
  const links: Link[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    let skipped = false;
    for (let p: Element | null = a; p && p !== root; p = p.parentElement) if (skip.has(p)) skipped = true;
    const href = absolute(a.getAttribute('href'), url);
    if (skipped || !href || !/^https?:/.test(href)) continue;
    const block = a.closest('p, li, figcaption, div, blockquote') ?? a;
    links.push({ text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href, context: (block.textContent ?? '').replace(/\s+/g, ' ').trim() });
  }
  return links;
}

/** The marked article body's paragraphs, without the chrome and comments that sit inside it. */
function markedBody(document: Document, url: string | null): { paragraphs: string[]; links: Link[] } | null {
  const roots = Array.from(document.querySelectorAll(BODY_MARKERS));
  const root = roots.find((r) => !roots.some((o) => o !== r && o.contains(r)));
  if (!root) return null;
  const skip = new Set([...Array.from(root.querySelectorAll(`${COMMENT_CONTAINERS}, ${NOT_BODY}`)), ...Array.from(root.querySelectorAll('*')).filter(isItem)]);
  return { paragraphs: paragraphsOf(root, (el) => skip.has(el)), links: linksIn(root, url, skip) };
}

/**
 * Which text is the article: JSON-LD articleBody when it is the whole text (no page around it),
 * the element the page marks as the body when Readability left out part of it, else Readability's.
 */
export function chooseText(readability: string[], marked: string[], jsonLd: string[]): 'readability' | 'marked' | 'jsonLd' {
  const length = (ps: string[]) => ps.join('').length;
  if (length(jsonLd) >= Math.max(200, length(readability) * 0.8)) return 'jsonLd';
  if (length(marked) >= Math.max(200, length(readability) * 1.2) && covers(marked, readability)) return 'marked';
  return 'readability';
}

/** Whether `outer` holds most of `inner`'s text (so switching to it loses nothing). */
function covers(outer: string[], inner: string[]): boolean {
  const all = outer.join('\n');
  const found = inner.filter((p) => all.includes(p)).join('').length;
  return found >= inner.join('').length * 0.8;
}

function ldParagraphs(value: unknown): string[] {
  if (typeof value !== 'string' || value.trim() === '') return [];
  const text = /<[a-z][^>]*>/i.test(value) ? paragraphsOf(parseHTML(`<!doctype html><html><body>${value}</body></html>`).document.body).join('\n\n') : value;
  return text.split(/\n\s*\n|\n/).map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim()).filter((p) => p !== '');
}

function relatedLinks(doc: Document, url: string | null): RelatedRef[] {
  const out: RelatedRef[] = [];
  for (const a of Array.from(doc.querySelectorAll(RELATED_LINKS))) {
    const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const href = absolute(a.getAttribute('href'), url);
    if (title === '' || out.some((r) => r.url === href && r.title === title)) continue;
    out.push({ title, url: href });
  }
  return out;
}

/** `<!-- saved from url=(0042)https://… -->` (browsers) or `url: https://…` (SingleFile). */
export function savedFrom(html: string): string | null {
  const head = html.slice(0, 4096);
  const url = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(head)?.[1] ?? /<!--[^>]*?Page saved with SingleFile[\s\S]*?url:\s*(https?:\/\/\S+)/i.exec(head)?.[1];
  return url ?? null;
}

function isTruncated(html: string): boolean {
  return !/<\/(?:html|body)\s*>/i.test(html);
}

export function parseHtml(html: string, input: string): DocumentResult {
  const rejected: Rejection[] = [];
  const { document } = parseHTML(html);
  const meta = readMetadata(document);
  // Pages saved from a browser say where they came from: the URL when the page itself does not.
  meta.url ??= savedFrom(html);
  const title = chooseTitle(document, meta);
  const comments = readHtmlComments(document, meta.jsonLdArticle, meta.jsonLd);
  const relatedOnPage = relatedLinks(document, meta.url);
  // Last: Readability takes the document apart.
  const marked = markedBody(document, meta.url);
  const main = mainParagraphs(document, html, meta.url);
  const pageHost = hostOf(meta.url);

  // JSON-LD articleBody is the text without any page around it; prefer it when it is the whole text.
  const ldBody = ldParagraphs(meta.jsonLdArticle?.['articleBody']);
  const choice = chooseText(main?.paragraphs ?? [], marked?.paragraphs ?? [], ldBody);
  const paragraphs = choice === 'marked' ? marked!.paragraphs : choice === 'jsonLd' ? ldBody : main?.paragraphs ?? [];
  const links = choice === 'marked' ? marked!.links : main?.links ?? [];
  const sorted = sortParagraphs(paragraphs, links, { title, category: meta.category, site: meta.site, author: meta.author, host: pageHost });
  const { body, sources, related, dateline } = sorted;
  for (const ref of relatedOnPage) {
    if (!related.some((r) => r.title === ref.title)) related.push(ref);
  }

  const text = body.join('\n\n');
  if (text === '' && title === null && comments.length === 0) {
    return { articles: [], rejected: [reject(input, 'no article found in the HTML: no title, no main text, no comments', 'Check that this is the article page itself (not a redirect, login or error page) and that it was saved completely.')] };
  }
  if (isTruncated(html)) {
    rejected.push(reject(input, 'the HTML ends before </body></html>: the file looks cut off; what was there has been read', 'Save or download the page again, completely.', html.split('\n').length));
  }
  const article: Article = {
    id: articleId(null, meta.url, title, text),
    url: meta.url,
    title,
    // A page that declares another language (de, zh…) is neither ja nor en, whatever its letters.
    lang: meta.lang ?? (meta.declaredLang ? null : detectLang(`${title ?? ''}\n${text}`)),
    publishedAt: meta.publishedAt ?? dateline,
    category: meta.category,
    site: meta.site,
    author: meta.author,
    body: text,
    sources,
    related,
    comments,
  };
  return { articles: [article], rejected };
}
