/**
 * An HTML page's main text as paragraphs with the links in them: Mozilla Readability's pick, the
 * element the page marks as its body, or JSON-LD articleBody, whichever holds the whole article.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Link } from './body-parts.js';
import { COMMENT_CONTAINERS, isItem } from './html-comments.js';
import { paragraphsOf } from './html-text.js';
import { absolute } from './urls.js';

export const NOT_BODY = 'nav, header:not(article header), footer:not(article footer), aside, form, .share, .sns, .social, .advertisement, .ad, [class*="share-buttons"], [class*="related"], [id*="related"], .post-navigation, .breadcrumb, .breadcrumbs';

/** Main text: Readability on `document` (which it changes), else the article element. */
export function mainParagraphs(document: Document, html: string, url: string | null): { paragraphs: string[]; links: Array<{ text: string; href: string; context: string }> } | null {
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
export function markedBody(document: Document, url: string | null): { paragraphs: string[]; links: Link[] } | null {
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

export function ldParagraphs(value: unknown): string[] {
  if (typeof value !== 'string' || value.trim() === '') return [];
  const text = /<[a-z][^>]*>/i.test(value) ? paragraphsOf(parseHTML(`<!doctype html><html><body>${value}</body></html>`).document.body).join('\n\n') : value;
  return text.split(/\n\s*\n|\n/).map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim()).filter((p) => p !== '');
}
