/**
 * An HTML article page → Article. Main text through Mozilla Readability (on linkedom), with the
 * comment section taken out first so no comment leaks into the body; metadata from JSON-LD,
 * OpenGraph and meta tags; comments from the markups html-comments.ts knows; outbound links in
 * the article text, and its 参考:/出典:/Source: lines, as sources.
 */
import { parseHTML } from 'linkedom';
import type { Article, RelatedRef } from '../src/types.js';
import { articleId } from './article-id.js';
import { sortParagraphs } from './body-parts.js';
import { detectLang } from './detect-lang.js';
import { readHtmlComments } from './html-comments.js';
import { chooseText, ldParagraphs, mainParagraphs, markedBody } from './html-main-text.js';
import { readMetadata } from './html-metadata.js';
import { chooseTitle } from './html-title.js';
import { type DocumentResult, type Rejection, reject } from './outcome.js';
import { absolute, hostOf } from './urls.js';
import { MAX_HTML_DEPTH, nestingDepth } from './html-nesting.js';

const RELATED_LINKS = '.related a, #related a, .yarpp-related a, .jp-relatedposts a, [class*="related-posts"] a, [class*="related-articles"] a, [class*="relatedArticles"] a, [class*="related_posts"] a, .post-navigation a, .nav-previous a, .nav-next a';

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
  if (nestingDepth(document.documentElement, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    return { articles: [], rejected: [reject(input, `the HTML nests elements more than ${MAX_HTML_DEPTH} deep, which no article page does (and which would take the reader minutes)`, 'Check that this is a saved article page; save the article again, or pass its text as JSON Lines.')] };
  }
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
