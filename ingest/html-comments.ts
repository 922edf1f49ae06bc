/**
 * Reader comments in HTML, from whichever markup the page uses, best first: schema.org Comment in
 * JSON-LD or microdata, then comment lists in the DOM (WordPress `ol.comment-list > li.comment`
 * with `ol.children`, and the many sites that mark items with a `comment` class or `comment-N` id).
 * Threads come from nesting: a comment's parent is the closest enclosing comment.
 */
import type { Comment } from '../src/types.js';
import { parseDate } from './dates.js';
import { detectLang } from './detect-lang.js';
import { commentsOf } from './json-record.js';
import { paragraphsOf } from './html-text.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Class tokens that mark one comment (not the list, the form or a part of a comment). */
const ITEM_CLASS = /^(?:[a-z]{1,3}[-_])?(?:comment|commentItem|comment[-_](?:item|entry|node|card|box|unit|wrap|wrapper|container|thread-item|single)|single[-_]comment|user[-_]comment|reader[-_]comment)$/i;
const ITEM_ID = /^(?:li-|div-)?comment[-_]?\d+$/i;

export const COMMENT_CONTAINERS =
  '#comments, .comments, .comments-area, #respond, .comment-respond, .commentlist, .comment-list, #disqus_thread, .comment-section, #comment-section, .comments-section, [itemtype*="schema.org/Comment" i], [itemprop="comment" i]';

const AUTHOR = '.fn, .comment-author, [itemprop="author"], .author, .username, .user-name, .user_name, .nickname, .commenter, .comment-name, cite, [class*="author"], [class*="user"]';
const DATE = 'time[datetime], [itemprop="dateCreated"], [itemprop="datePublished"], .comment-date, .comment-time, .comment-metadata a, .comment-meta a, [class*="date"], [class*="time"]';
const VOTES = '[itemprop="upvoteCount"], [data-votes], [data-likes], [data-score], [class*="vote"], [class*="like"], [class*="score"], [class*="rating"], [class*="karma"], [class*="point"], [class*="thumb"]';
const TEXT = '.comment-content, .comment-text, .comment_text, .commentText, .comment-body-text, [itemprop="text"], [itemprop="commentText"], .comment-message, .message, .text, .body';
const META = '.reply, .comment-reply-link, .comment-meta, .comment-metadata, .comment-author, .comment-footer, .comment-actions, footer, nav, form, .says, .edit-link';

function isItem(el: Element): boolean {
  if (el.matches('[itemtype*="schema.org/Comment" i]')) return true;
  if (ITEM_ID.test(el.id ?? '')) return true;
  const cls = el.getAttribute('class');
  return cls !== null && cls.split(/\s+/).some((t) => ITEM_CLASS.test(t));
}

/** Descendants of `item` matching `selector` that belong to it, not to a nested comment. */
function own(item: Element, selector: string, items: Set<Element>): Element[] {
  return Array.from(item.querySelectorAll(selector)).filter((el) => {
    for (let p = el.parentElement; p && p !== item; p = p.parentElement) if (items.has(p)) return false;
    return !items.has(el);
  });
}

function firstNumber(el: Element): number | null {
  for (const attr of ['data-votes', 'data-likes', 'data-score', 'content', 'data-count']) {
    const v = el.getAttribute(attr);
    if (v !== null && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  }
  const m = /(-?\d[\d,]*)/.exec(el.textContent ?? '');
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}

function cleanAuthor(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').replace(/\s*(says|said|より|さん)[:：]?\s*$/i, '').trim();
  return t === '' || t.length > 80 ? null : t;
}

function fromDom(doc: Document): Comment[] {
  const all = Array.from(doc.body?.querySelectorAll('*') ?? []).filter(isItem);
  const items = new Set(all);
  const skipNested = (el: Element) => items.has(el);
  const ownText = new Map<Element, string[]>();
  for (const item of all) {
    const texts = own(item, TEXT, items);
    const skipMeta = (el: Element) => items.has(el) || el.matches(META) || el.matches(AUTHOR) || el.matches(DATE) || el.matches(VOTES);
    const paragraphs = texts.length > 0 ? texts.flatMap((t) => paragraphsOf(t, skipNested)) : paragraphsOf(item, (el) => el !== item && skipMeta(el));
    ownText.set(item, paragraphs);
  }
  // A wrapper (li around its article) has no text of its own; it stands for its first inner item.
  const wrapperRep = new Map<Element, Element>();
  for (const item of all) {
    if (ownText.get(item)!.length > 0) continue;
    const inner = all.find((other) => other !== item && item.contains(other) && ownText.get(other)!.length > 0);
    if (inner) wrapperRep.set(item, inner);
  }
  const kept = all.filter((item) => ownText.get(item)!.length > 0);

  const ids = new Map<Element, string>();
  const comments: Comment[] = [];
  const counters = new Map<string, number>();
  for (const item of kept) {
    let parent: Element | null = null;
    for (let p = item.parentElement; p; p = p.parentElement) {
      if (!items.has(p)) continue;
      const rep = wrapperRep.get(p) ?? p;
      if (rep !== item && ids.has(rep)) {
        parent = rep;
        break;
      }
    }
    const parentId = parent ? ids.get(parent)! : null;
    const key = parentId ?? '';
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const wrapper = Array.from(wrapperRep).find(([, r]) => r === item)?.[0];
    const domId = wrapper?.id || item.id || '';
    let id = parentId ? `${parentId}.${n}` : `c${n}`;
    if (domId !== '' && !comments.some((c) => c.id === domId)) id = domId;
    ids.set(item, id);
    const find = (selectors: string) => {
      // Selectors in order of trust: a <time datetime> beats a link that happens to hold the date.
      for (const selector of selectors.split(/,\s*/)) {
        const hit = own(item, selector, items)[0] ?? (wrapper ? own(wrapper, selector, items)[0] : undefined);
        if (hit) return hit;
      }
      return undefined;
    };
    const authorEl = find(AUTHOR);
    const authorName = authorEl ? (authorEl.querySelector('[itemprop="name"], .fn, a') ?? authorEl).textContent : null;
    const dateEl = find(DATE);
    const postedAt = parseDate(dateEl?.getAttribute('datetime') ?? dateEl?.getAttribute('content') ?? null) ?? parseDate(dateEl?.textContent?.replace(/\s+/g, ' ').trim().replace(/\s*(at|に)\s*/, ' ') ?? null);
    const voteEl = find(VOTES);
    const text = ownText.get(item)!.join('\n');
    comments.push({
      id,
      parentId,
      depth: parentId ? comments.find((c) => c.id === parentId)!.depth + 1 : 0,
      author: cleanAuthor(authorName),
      postedAt,
      votes: voteEl ? firstNumber(voteEl) : null,
      text,
      lang: detectLang(text),
    });
  }
  return comments;
}

/** schema.org Comment in microdata: itemprops inside each itemscope. */
function fromMicrodata(doc: Document): Comment[] {
  const nodes = Array.from(doc.querySelectorAll('[itemscope][itemtype*="schema.org/Comment" i]'));
  if (nodes.length === 0) return [];
  const set = new Set(nodes);
  const out: Comment[] = [];
  const ids = new Map<Element, string>();
  const counters = new Map<string, number>();
  for (const node of nodes) {
    let parent: Element | null = null;
    for (let p = node.parentElement; p; p = p.parentElement) if (set.has(p)) { parent = p; break; }
    const parentId = parent ? ids.get(parent) ?? null : null;
    const n = (counters.get(parentId ?? '') ?? 0) + 1;
    counters.set(parentId ?? '', n);
    const id = parentId ? `${parentId}.${n}` : `c${n}`;
    ids.set(node, id);
    const prop = (name: string) => own(node, `[itemprop~="${name}"]`, set)[0];
    const authorEl = prop('author') ?? prop('creator');
    const dateEl = prop('dateCreated') ?? prop('datePublished');
    const textEl = prop('text') ?? prop('commentText') ?? prop('description');
    const voteEl = prop('upvoteCount');
    const text = textEl ? paragraphsOf(textEl, (el) => set.has(el)).join('\n') : '';
    out.push({
      id,
      parentId,
      depth: parentId ? out.find((c) => c.id === parentId)!.depth + 1 : 0,
      author: cleanAuthor((authorEl?.querySelector('[itemprop="name"]') ?? authorEl)?.textContent ?? authorEl?.getAttribute('content')),
      postedAt: parseDate(dateEl?.getAttribute('datetime') ?? dateEl?.getAttribute('content') ?? dateEl?.textContent?.trim()),
      votes: voteEl ? firstNumber(voteEl) : null,
      text,
      lang: detectLang(text),
    });
  }
  return out.filter((c) => c.text !== '');
}

/** schema.org Comment in JSON-LD: the article's `comment` list, replies nested under `comment`. */
function fromJsonLd(article: Json | null, all: Json[]): Comment[] {
  let list: unknown = article?.['comment'];
  if (!Array.isArray(list)) list = isObject(list) ? [list] : all.filter((o) => o['@type'] === 'Comment');
  const normalized = (list as unknown[]).map(function norm(c: unknown): unknown {
    if (!isObject(c)) return c;
    const votes = c['upvoteCount'] ?? (isObject(c['interactionStatistic']) ? (c['interactionStatistic'] as Json)['userInteractionCount'] : undefined);
    return { ...c, votes, comment: Array.isArray(c['comment']) ? c['comment'].map(norm) : isObject(c['comment']) ? [norm(c['comment'])] : undefined };
  });
  return commentsOf(normalized).filter((c) => c.text !== '');
}

export function readHtmlComments(doc: Document, jsonLdArticle: Json | null, jsonLd: Json[]): Comment[] {
  const candidates = [fromJsonLd(jsonLdArticle, jsonLd), fromMicrodata(doc), fromDom(doc)];
  return candidates.reduce((best, c) => (c.length > best.length ? c : best), [] as Comment[]);
}
