/**
 * One JSON object → an Article, lenient on field names: body/text/content/articleBody,
 * date/published/publishedAt/datePublished, nested or flat comments with replies, and so on.
 */
import type { Article, Comment, RelatedRef, SourceRef } from '../src/types.js';
import { articleId } from './article-id.js';
import { parseDate } from './dates.js';
import { detectLang, normalizeLang } from './detect-lang.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function pick(record: Json, keys: readonly string[]): unknown {
  for (const key of keys) {
    const v = record[key];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

/** A string, or the name/title/text inside an object, or the first of an array. */
function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(pick(v, ['name', 'title', 'text', '#text', 'value', 'url']));
  return null;
}

/** Body text: a string, or paragraphs given as an array. */
function bodyText(v: unknown): string {
  if (typeof v === 'string') return v.replace(/\r\n?/g, '\n').trim();
  if (Array.isArray(v)) return v.map((p) => bodyText(p)).filter((p) => p !== '').join('\n\n');
  if (isObject(v)) return bodyText(pick(v, ['text', 'value', 'content', 'body']));
  return '';
}

export const FIELDS = {
  id: ['id', '_id', 'articleId', 'article_id', 'guid', 'uuid', 'docId', 'doc_id'],
  url: ['url', 'link', 'href', 'canonicalUrl', 'canonical_url', 'canonical', 'permalink', 'source_url'],
  title: ['title', 'headline', 'name', 'subject'],
  body: ['body', 'text', 'content', 'articleBody', 'article_body', 'article', 'fullText', 'full_text', 'maintext', 'description', 'summary'],
  date: ['publishedAt', 'published_at', 'published', 'datePublished', 'date_published', 'date', 'pubDate', 'pub_date', 'publish_date', 'created_at', 'createdAt', 'time', 'timestamp', 'dateCreated'],
  category: ['category', 'categories', 'section', 'genre', 'topic', 'articleSection'],
  site: ['site', 'siteName', 'site_name', 'publisher', 'source', 'outlet', 'domain', 'media'],
  lang: ['lang', 'language', 'inLanguage', 'locale'],
  author: ['author', 'authors', 'byline', 'creator', 'writer'],
  sources: ['sources', 'citations', 'references', 'cites'],
  related: ['related', 'relatedArticles', 'related_articles', 'seeAlso'],
  comments: ['comments', 'comment', 'replies', 'responses'],
} as const;

const COMMENT_FIELDS = {
  id: ['id', '_id', 'commentId', 'comment_id', 'cid'],
  parent: ['parentId', 'parent_id', 'parent', 'inReplyTo', 'in_reply_to', 'replyTo', 'reply_to'],
  author: ['author', 'user', 'username', 'user_name', 'name', 'by', 'creator'],
  date: ['postedAt', 'posted_at', 'date', 'created_at', 'createdAt', 'time', 'timestamp', 'published', 'dateCreated', 'datePublished'],
  votes: ['votes', 'score', 'likes', 'upvotes', 'points', 'upvoteCount', 'likeCount', 'like_count'],
  text: ['text', 'body', 'content', 'commentText', 'message', 'comment'],
  // JSON-LD nests replies under `comment`.
  children: ['replies', 'children', 'comments', 'comment'],
} as const;

function sourcesOf(v: unknown): SourceRef[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((s): SourceRef[] => {
    if (typeof s === 'string') return /^https?:\/\//.test(s) ? [{ label: null, title: null, url: s }] : [{ label: null, title: s, url: null }];
    if (!isObject(s)) return [];
    const ref: SourceRef = {
      label: text(pick(s, ['label', 'role', 'type'])),
      title: text(pick(s, ['title', 'name', 'text'])),
      url: text(pick(s, ['url', 'href', 'link'])),
    };
    const caption = text(s['caption']);
    if (caption) ref.caption = caption;
    return ref.title || ref.url ? [ref] : [];
  });
}

function relatedOf(v: unknown): RelatedRef[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((r): RelatedRef[] => {
    if (typeof r === 'string') return /^https?:\/\//.test(r) ? [{ title: null, url: r }] : [{ title: r, url: null }];
    if (!isObject(r)) return [];
    const ref = { title: text(pick(r, ['title', 'name', 'headline'])), url: text(pick(r, ['url', 'href', 'link'])) };
    return ref.title || ref.url ? [ref] : [];
  });
}

function votesOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.round(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  if (isObject(v)) return votesOf(pick(v, ['total', 'count', 'up', 'value']));
  return null;
}

/** Comments given flat (with parent ids) or nested (with replies), → one flat list in thread order. */
export function commentsOf(list: unknown): Comment[] {
  if (!Array.isArray(list)) return [];
  const out: Comment[] = [];
  const used = new Set<string>();
  const walk = (items: unknown[], parent: Comment | null, prefix: string) => {
    items.forEach((item, k) => {
      if (typeof item === 'string') item = { text: item };
      if (!isObject(item)) return;
      const position = `${prefix}${k + 1}`;
      let id = text(pick(item, COMMENT_FIELDS.id)) ?? position;
      if (used.has(id)) id = `${id}#${position}`;
      used.add(id);
      const given = parent ? null : text(pick(item, COMMENT_FIELDS.parent));
      const rawText = pick(item, COMMENT_FIELDS.text);
      const body = Array.isArray(rawText) && rawText.some(isObject) ? '' : bodyText(rawText);
      const comment: Comment = {
        id,
        parentId: parent?.id ?? given,
        depth: parent ? parent.depth + 1 : typeof item['depth'] === 'number' ? item['depth'] : 0,
        author: text(pick(item, COMMENT_FIELDS.author)),
        postedAt: parseDate(pick(item, COMMENT_FIELDS.date)),
        votes: votesOf(pick(item, COMMENT_FIELDS.votes)),
        text: body,
        lang: normalizeLang(pick(item, ['lang', 'language'])) ?? detectLang(body),
      };
      out.push(comment);
      const children = pick(item, COMMENT_FIELDS.children);
      if (Array.isArray(children)) walk(children, comment, `${position}.`);
    });
  };
  walk(list, null, 'c');
  // Flat lists give parents by id: derive depth from them, and drop parents that do not exist.
  const byId = new Map(out.map((c) => [c.id, c]));
  for (const c of out) {
    if (c.parentId !== null && !byId.has(c.parentId)) c.parentId = null;
  }
  const depthOf = (c: Comment, seen = new Set<string>()): number => {
    if (c.parentId === null || seen.has(c.id)) return 0;
    seen.add(c.id);
    return depthOf(byId.get(c.parentId)!, seen) + 1;
  };
  for (const c of out) c.depth = depthOf(c);
  return out;
}

export type RecordResult = { ok: true; article: Article } | { ok: false; reason: string; hint: string };

export function articleFromRecord(value: unknown): RecordResult {
  if (!isObject(value)) {
    return { ok: false, reason: `expected a JSON object for an article, got ${Array.isArray(value) ? 'an array' : typeof value}`, hint: 'Put one article object per line: {"title": …, "body": …}.' };
  }
  const record = value;
  const title = text(pick(record, FIELDS.title));
  const body = bodyText(pick(record, FIELDS.body));
  const comments = commentsOf(pick(record, FIELDS.comments));
  if (body === '' && title === null && comments.length === 0) {
    return {
      ok: false,
      reason: `no article text: none of the fields ${[...FIELDS.title, ...FIELDS.body.slice(0, 4)].join(', ')} holds text`,
      hint: 'Give each article a "title" and a "body" (or "text" / "content").',
    };
  }
  const url = text(pick(record, FIELDS.url));
  const lang = normalizeLang(pick(record, FIELDS.lang)) ?? detectLang(`${title ?? ''}\n${body}`);
  return {
    ok: true,
    article: {
      id: articleId(pick(record, FIELDS.id), url, title, body),
      url,
      title,
      lang,
      publishedAt: parseDate(pick(record, FIELDS.date)),
      category: text(pick(record, FIELDS.category)),
      site: text(pick(record, FIELDS.site)),
      author: text(pick(record, FIELDS.author)),
      body,
      sources: sourcesOf(pick(record, FIELDS.sources)),
      related: relatedOf(pick(record, FIELDS.related)),
      comments,
    },
  };
}
