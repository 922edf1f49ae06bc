/** RSS 2.0 / RDF and Atom feeds → one Article per item, through @rowanmanning/feed-parser. */
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';
import type { Article } from '../src/types.js';
import { articleId } from './article-id.js';
import { parseDate } from './dates.js';
import { detectLang, normalizeLang } from './detect-lang.js';
import { type Link, sortParagraphs } from './body-parts.js';
import { paragraphsOf } from './html-text.js';
import { type DocumentResult, type Rejection, reject } from './outcome.js';

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Item content is HTML (escaped or CDATA): its paragraphs and the links in them. */
function htmlParts(html: string | null): { paragraphs: string[]; links: Link[] } {
  if (!html) return { paragraphs: [], links: [] };
  if (!/[<&]/.test(html)) return { paragraphs: html.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== ''), links: [] };
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const links: Link[] = [];
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (!/^https?:/i.test(href)) continue;
    const block = a.closest('p, li, div, blockquote') ?? a;
    links.push({ text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href, context: (block.textContent ?? '').replace(/\s+/g, ' ').trim() });
  }
  return { paragraphs: paragraphsOf(document.body), links };
}

export function parseFeedText(xml: string, input: string): DocumentResult {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return {
      articles: [],
      rejected: [reject(input, `not a readable RSS or Atom feed: ${(error as Error).message}`, 'Check that the file is a complete RSS 2.0 or Atom document (it may be cut off or be an HTML error page).')],
    };
  }
  if (feed.items.length === 0) {
    return { articles: [], rejected: [reject(input, 'the feed has no items (no <item> or <entry>)', 'Check that this is the feed with the articles, not an empty or expired one.')] };
  }
  const site = feed.title;
  const feedLang = normalizeLang(feed.language);
  const articles: Article[] = [];
  const rejected: Rejection[] = [];
  feed.items.forEach((item, k) => {
    const title = item.title?.replace(/\s+/g, ' ').trim() || null;
    const content = htmlParts(item.content);
    const description = htmlParts(item.description);
    const parts = content.paragraphs.join('').length >= description.paragraphs.join('').length ? content : description;
    const url = item.url;
    const author = item.authors.map((a) => a.name).filter((n): n is string => !!n).join(', ') || null;
    const category = item.categories[0]?.label ?? item.categories[0]?.term ?? null;
    const sorted = sortParagraphs(parts.paragraphs, parts.links, { title, category, site, author, host: hostOf(url) });
    const body = sorted.body.join('\n\n');
    if (title === null && body === '') {
      rejected.push(reject(input, `feed item ${k + 1} has neither a title nor any text`, 'Give each <item>/<entry> a <title> and a <description>/<content>.'));
      return;
    }
    articles.push({
      id: articleId(item.id, url, title, body),
      url,
      title,
      // Per item: one feed often mixes languages whatever its <language> says.
      lang: detectLang(`${title ?? ''}\n${body}`) ?? feedLang,
      publishedAt: parseDate(item.published?.toISOString() ?? null) ?? parseDate(item.updated?.toISOString() ?? null),
      category,
      site,
      author,
      body,
      sources: sorted.sources,
      related: sorted.related,
      comments: [],
    });
  });
  if (!/<\/(rss|feed|rdf:RDF)\s*>\s*$/i.test(xml.slice(-512))) {
    rejected.unshift(reject(input, 'the feed ends before its closing </rss> or </feed>: the file looks cut off; the complete items in it were read', 'Download or save the feed again, completely.', xml.split('\n').length));
  }
  return { articles, rejected };
}
