/** RSS 2.0 / RDF and Atom feeds → one Article per item, through @rowanmanning/feed-parser. */
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';
import type { Article } from '../src/types.js';
import { articleId } from './article-id.js';
import { parseDate } from './dates.js';
import { detectLang, normalizeLang } from './detect-lang.js';
import { paragraphsOf } from './html-text.js';
import { type DocumentResult, type Rejection, reject } from './outcome.js';

/** Item content is HTML (escaped or CDATA); the article text is its paragraphs. */
function htmlText(html: string | null): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return paragraphsOf(document.body).join('\n\n');
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
  const site = feed.title;
  const feedLang = normalizeLang(feed.language);
  const articles: Article[] = [];
  const rejected: Rejection[] = [];
  feed.items.forEach((item, k) => {
    const title = item.title?.replace(/\s+/g, ' ').trim() || null;
    const content = htmlText(item.content);
    const description = htmlText(item.description);
    const body = content.length >= description.length ? content : description;
    if (title === null && body === '') {
      rejected.push(reject(input, `feed item ${k + 1} has neither a title nor any text`, 'Give each <item>/<entry> a <title> and a <description>/<content>.'));
      return;
    }
    const url = item.url;
    articles.push({
      id: articleId(item.id, url, title, body),
      url,
      title,
      // Per item: one feed often mixes languages whatever its <language> says.
      lang: detectLang(`${title ?? ''}\n${body}`) ?? feedLang,
      publishedAt: parseDate(item.published?.toISOString() ?? null) ?? parseDate(item.updated?.toISOString() ?? null),
      category: item.categories[0]?.label ?? item.categories[0]?.term ?? null,
      site,
      author: item.authors.map((a) => a.name).filter((n): n is string => !!n).join(', ') || null,
      body,
      sources: [],
      related: [],
      comments: [],
    });
  });
  if (!/<\/(rss|feed|rdf:RDF)\s*>\s*$/i.test(xml.slice(-512))) {
    rejected.unshift(reject(input, 'the feed ends before its closing </rss> or </feed>: the file looks cut off; the complete items in it were read', 'Download or save the feed again, completely.', xml.split('\n').length));
  }
  return { articles, rejected };
}
