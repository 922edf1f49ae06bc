/**
 * What a page says about itself: JSON-LD (NewsArticle and kin), OpenGraph, meta tags, <link
 * rel=canonical>, <html lang>. Each field takes the first source that has it, in that order.
 */
import { parseDate } from './dates.js';
import { normalizeLang } from './detect-lang.js';
import type { Lang } from '../src/types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|DiscussionForumPosting)$/;

export interface PageMetadata {
  titles: { jsonLd: string | null; og: string | null; twitter: string | null; meta: string | null; document: string | null };
  url: string | null;
  publishedAt: string | null;
  author: string | null;
  site: string | null;
  category: string | null;
  lang: Lang | null;
  /** The language the page declares, whatever it is (de, fr, zh-CN…), or null. */
  declaredLang: string | null;
  /** The JSON-LD article object, for its comments. */
  jsonLdArticle: Json | null;
  /** Every object in the page's JSON-LD, flattened. */
  jsonLd: Json[];
}

function parseJsonLd(raw: string): unknown {
  const cleaned = raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').replace(/^\s*<!--|-->\s*$/g, '').trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    // Control characters inside strings are a common slip; JSON.parse refuses them.
    try {
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

function flatten(value: unknown, out: Json[]): void {
  if (Array.isArray(value)) value.forEach((v) => flatten(v, out));
  else if (isObject(value)) {
    out.push(value);
    if (Array.isArray(value['@graph'])) flatten(value['@graph'], out);
    // An article nested in its page (WebPage.mainEntity) counts as if it stood alone.
    if (typeof value['mainEntity'] === 'object' && value['mainEntity'] !== null) flatten(value['mainEntity'], out);
  }
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (Array.isArray(v)) {
    const names = v.map(str).filter((x): x is string => x !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (isObject(v)) return str(v['name'] ?? v['@value'] ?? v['headline']);
  return null;
}

/** All <meta> values by lower-cased property / name / itemprop; the first of each wins. */
const metaCache = new WeakMap<Document, Map<string, string>>();
function meta(doc: Document, ...keys: string[]): string | null {
  let values = metaCache.get(doc);
  if (!values) {
    values = new Map();
    for (const el of Array.from(doc.querySelectorAll('meta'))) {
      const content = el.getAttribute('content')?.trim();
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = el.getAttribute(attr)?.trim().toLowerCase();
        if (key && !values.has(key)) values.set(key, content);
      }
    }
    metaCache.set(doc, values);
  }
  for (const key of keys) {
    const content = values.get(key.toLowerCase());
    if (content) return content;
  }
  return null;
}

export function readMetadata(doc: Document): PageMetadata {
  const jsonLd: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    flatten(parseJsonLd(script.textContent ?? ''), jsonLd);
  }
  const article = jsonLd.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const webPage = jsonLd.find((o) => typesOf(o).includes('WebPage')) ?? null;
  const orgSite = jsonLd.find((o) => typesOf(o).some((t) => t === 'WebSite' || t === 'NewsMediaOrganization' || t === 'Organization')) ?? null;

  const microDate =
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
    null;
  const timeEl = doc.querySelector('article time[datetime], time[pubdate][datetime], .entry-date[datetime], time.published[datetime]');

  const published =
    parseDate(article?.['datePublished']) ??
    parseDate(meta(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'citation_publication_date', 'parsely-pub-date', 'sailthru.date', 'article.published', 'published_time')) ??
    parseDate(microDate) ??
    parseDate(article?.['dateCreated']) ??
    parseDate(timeEl?.getAttribute('datetime'));

  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')?.trim() || null;
  const jsonLdUrl = str(article?.['url']) ?? (isObject(article?.['mainEntityOfPage']) ? str((article['mainEntityOfPage'] as Json)['@id']) : str(article?.['mainEntityOfPage']));

  return {
    titles: {
      jsonLd: str(article?.['headline']) ?? str(article?.['name']),
      og: meta(doc, 'og:title'),
      twitter: meta(doc, 'twitter:title'),
      meta: meta(doc, 'title', 'headline', 'dc.title', 'citation_title', 'parsely-title', 'sailthru.title'),
      document: doc.querySelector('title')?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() || null,
    },
    url: (canonical && /^https?:/i.test(canonical) ? canonical : null) ?? meta(doc, 'og:url') ?? (jsonLdUrl && /^https?:/i.test(jsonLdUrl) ? jsonLdUrl : null),
    publishedAt: published,
    author: str(article?.['author']) ?? meta(doc, 'author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'),
    site: meta(doc, 'og:site_name', 'application-name', 'publisher') ?? str(article?.['publisher']) ?? str(webPage?.['isPartOf']) ?? str(orgSite?.['name']),
    category:
      str(article?.['articleSection']) ??
      meta(doc, 'article:section', 'section', 'category', 'parsely-section') ??
      (doc.querySelector('a[rel~="category"], .cat-links a, .post-categories a, .breadcrumb li:nth-last-child(2) a')?.textContent?.trim() || null),
    lang:
      normalizeLang(article?.['inLanguage']) ??
      normalizeLang(doc.documentElement?.getAttribute('lang')) ??
      normalizeLang(doc.documentElement?.getAttribute('xml:lang')) ??
      normalizeLang(meta(doc, 'og:locale', 'language', 'content-language', 'dc.language')) ??
      normalizeLang(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
    declaredLang: str(article?.['inLanguage']) ?? doc.documentElement?.getAttribute('lang')?.trim() ?? meta(doc, 'og:locale', 'language', 'content-language') ?? null,
    jsonLdArticle: article,
    jsonLd,
  };
}

const SEPARATORS = /\s+[|｜\-–—:：»·•]\s+|\s*[|｜«»]\s*|\s*[：]\s*|\s+[-–—]\s+/u;

/** Drops a site name set off by | - — : from either end of a title. */
export function stripSiteSuffix(title: string, site: string | null, host: string | null): string {
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return title.trim();
  // Compare letters and digits only, so "Harbour News" matches harbournews.example.com.
  const key = (v: string) => v.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const hostLabel = host?.replace(/^www\./, '').split('.')[0];
  const siteKeys = [site, hostLabel].filter((x): x is string => !!x).map(key).filter((k) => k.length >= 2);
  const isSite = (p: string) => {
    const n = key(p);
    return n !== '' && siteKeys.some((k) => n === k || n.includes(k) || (k.includes(n) && n.length >= 4));
  };
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSite(parts[end - 1]!)) end--;
  while (end - start > 1 && isSite(parts[start]!)) start++;
  if (start === 0 && end === parts.length) return title.trim();
  // Rebuild from the original text so separators inside the headline survive.
  const first = title.indexOf(parts[start]!);
  const last = title.lastIndexOf(parts[end - 1]!) + parts[end - 1]!.length;
  return title.slice(first, last).trim();
}
