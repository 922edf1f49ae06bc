/**
 * Reader comments in HTML, from whichever markup the page uses, best first: schema.org Comment in
 * JSON-LD or microdata, then comment lists in the DOM (WordPress `ol.comment-list > li.comment`
 * with `ol.children`, and the many sites that mark items with a `comment` class or `comment-N` id).
 * Threads come from nesting: a comment's parent is the closest enclosing comment.
 */
import type { Comment } from '../src/types.js';
import { findDate, parseDate } from './dates.js';
import { detectLang } from './detect-lang.js';
import { commentsOf } from './json-record.js';
import { paragraphsOf } from './html-text.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The word for a comment in the class names of the sites we read. */
const WORD = '(?:comment|kommentar|commentaire|comentario|commento|komentarz|reactie)';
/**
 * Class tokens that mark one comment (c-comment, entry-comment, comment-item, comments__item…), but
 * not its parts (comment-body), the list (comments) or a button (add-comment, comment-count).
 */
const ITEM_CLASS = new RegExp(
  // Singular with a part-of-the-item suffix (comment-wrap); plural only as a list's element (comments__item).
  `^(?!(?:add|leave|write|new|no|open|show|load|more|toggle|count|btn|button|form|submit|reply|has|with|allow|close|closed|meta|icon|ico|fa)[-_])(?:[a-z0-9]+[-_]{1,2})*${WORD}(?:[-_]{1,2}(?:item|entry|node|card|box|unit|wrap|wrapper|container|thread-item|single|row|block|post|li)|s[-_]{1,2}(?:item|entry|li|row|post|card|single))?$|^(?:commentItem|comtr)$`,
  'i',
);
const ITEM_ID = /^(?:li-|div-)?(?:comment|kommentar|cmt)[-_]?\d+$|^c-\d+$/i;
/** Ids and classes of comment sections, for pages whose items have no telling class. */
const SECTION = new RegExp(`^(?:${WORD}s?|${WORD}-?list|${WORD}s?[-_](?:area|section|list|wrap|wrapper|container|block|thread)|kommentare|commentaires|comentarios|commenti|discussion|responses|reader-comments)$`, 'i');

export const COMMENT_CONTAINERS =
  '#comments, .comments, .comments-area, #respond, .comment-respond, .commentlist, .comment-list, #disqus_thread, .comment-section, #comment-section, .comments-section, [itemtype*="schema.org/Comment" i], [itemprop="comment" i]';

/**
 * The parts of a comment, recognized from class names, itemprops and tags. One pass of attribute
 * tests: compiling a CSS selector per comment was most of the time spent on a page.
 */
type Test = (el: Element, cls: string) => boolean;
const cls = (re: RegExp): Test => (_el, c) => re.test(c);
const prop = (re: RegExp): Test => (el) => re.test(el.getAttribute('itemprop') ?? '');
const either = (...tests: Test[]): Test => (el, c) => tests.some((t) => t(el, c));

const AUTHOR: Test[] = [
  prop(/\bauthor\b/i),
  cls(/(?:^|\s)(?:fn|comment-author|author|username|user-name|user_name|nickname|commenter|comment-name)(?:\s|$)/i),
  (el) => el.tagName === 'CITE',
  cls(/author|user|nick/i),
];
const DATE: Test[] = [
  (el) => el.tagName === 'TIME' && el.hasAttribute('datetime'),
  prop(/\b(?:dateCreated|datePublished)\b/),
  cls(/(?:^|\s)comment-(?:date|time)(?:\s|$)/i),
  (el) => el.tagName === 'A' && /comment-meta/i.test(el.parentElement?.getAttribute('class') ?? ''),
  cls(/date|time/i),
];
const VOTES: Test[] = [
  prop(/\bupvoteCount\b/),
  (el) => el.hasAttribute('data-votes') || el.hasAttribute('data-likes') || el.hasAttribute('data-score'),
  cls(/vote|like|score|rating|karma|point|thumb/i),
];
const TEXT: Test[] = [
  prop(/\b(?:text|commentText)\b/),
  cls(/(?:^|\s)(?:comment-content|comment_content|comment-text|comment_text|commentText|commentBody|comment-body-text|comment-message|comment_message|message|text|body)(?:\s|$)/i),
  // Last resort: FC2's comment_body is the text; WordPress's comment-body holds the meta too,
  // which the meta skip below takes out.
  cls(/(?:^|\s)(?:comment_body|comment-body|entry-comment-text)(?:\s|$)/i),
];
const META: Test = either(
  cls(/(?:^|\s)(?:reply|comment-reply-link|comment-meta|comment-metadata|comment-author|comment-footer|comment-actions|says|edit-link)(?:\s|$)/i),
  (el) => el.tagName === 'FOOTER' || el.tagName === 'NAV' || el.tagName === 'FORM',
  ...AUTHOR, ...DATE, ...VOTES,
);

/** The elements inside `item` that belong to it, not to a nested comment, in document order. */
function ownElements(item: Element, items: Set<Element>): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (items.has(child)) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(item);
  return out;
}

/** The first own element passing the first test that any passes (tests in order of trust). */
function findOwn(elements: Element[], tests: Test[]): Element | undefined {
  for (const test of tests) {
    const hit = elements.find((el) => test(el, el.getAttribute('class') ?? ''));
    if (hit) return hit;
  }
  return undefined;
}

/** Inline tags and code never hold a reader comment (hljs-comment, Prism's `token comment`). */
const NEVER_ITEM = new Set(['SPAN', 'A', 'B', 'I', 'EM', 'STRONG', 'CODE', 'PRE', 'FONT', 'SMALL', 'LABEL', 'BUTTON', 'INPUT', 'TEXTAREA', 'FORM', 'SCRIPT', 'STYLE', 'svg', 'SVG', 'IMG', 'TIME']);

export function isItem(el: Element): boolean {
  if (NEVER_ITEM.has(el.tagName)) return false;
  const id = el.id ?? '';
  const cls = el.getAttribute('class');
  const named = /schema\.org\/Comment/i.test(el.getAttribute('itemtype') ?? '') || ITEM_ID.test(id) || (cls !== null && cls.split(/\s+/).some((t) => ITEM_CLASS.test(t)));
  if (!named) return false;
  // Walked by hand: closest() compiles its selector on every call.
  for (let p = el.parentElement; p; p = p.parentElement) if (p.tagName === 'PRE' || p.tagName === 'CODE' || p.tagName === 'FORM') return false;
  return true;
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

/**
 * Items in a comment section whose items have no telling class: the section's longest run of
 * same-tag children (li, article, div), and the same tag nested in them for replies.
 */
function itemsInSections(doc: Document): Element[] {
  const sections = Array.from(doc.body?.querySelectorAll('[id], [class]') ?? []).filter((el) => {
    if (el.tagName === 'FORM' || el.tagName === 'A' || el.tagName === 'BUTTON') return false;
    const tokens = [el.id, ...(el.getAttribute('class') ?? '').split(/\s+/)];
    return tokens.some((t) => t !== '' && SECTION.test(t));
  });
  const outer = sections.filter((el) => !sections.some((o) => o !== el && o.contains(el)));
  const items: Element[] = [];
  for (const section of outer) {
    let best: { list: Element; tag: string; count: number } | null = null;
    for (const list of [section, ...Array.from(section.querySelectorAll('*'))]) {
      const counts = new Map<string, number>();
      for (const child of Array.from(list.children)) {
        if ((child.textContent ?? '').trim().length < 10) continue;
        counts.set(child.tagName, (counts.get(child.tagName) ?? 0) + 1);
      }
      for (const [tag, count] of counts) if (count >= 2 && (!best || count > best.count)) best = { list, tag, count };
    }
    if (!best) continue;
    const { list, tag } = best;
    for (const el of Array.from(section.querySelectorAll(tag))) {
      if (el.parentElement === list || (el.parentElement?.tagName === list.tagName && items.some((i) => i.contains(el)))) items.push(el);
    }
  }
  return items;
}

function fromDom(doc: Document): Comment[] {
  let all = Array.from(doc.body?.querySelectorAll('*') ?? []).filter(isItem);
  if (all.length === 0) all = itemsInSections(doc);
  if (all.length === 0) return [];
  const items = new Set(all);
  const skipNested = (el: Element) => items.has(el);
  const owned = new Map(all.map((item) => [item, ownElements(item, items)]));
  const ownText = new Map<Element, string[]>();
  for (const item of all) {
    const elements = owned.get(item)!;
    // The first kind of text element the comment has (tests in order of trust), outermost only:
    // a .text inside a .comment-content is the same text.
    let texts: Element[] = [];
    for (const test of TEXT) {
      texts = elements.filter((el) => test(el, el.getAttribute('class') ?? ''));
      if (texts.length > 0) break;
    }
    texts = texts.filter((el, _k, list) => !list.some((other) => other !== el && other.contains(el)));
    const skipMeta = (root: Element) => (el: Element) => el !== root && (items.has(el) || META(el, el.getAttribute('class') ?? ''));
    const paragraphs = texts.length > 0 ? texts.flatMap((t) => paragraphsOf(t, skipMeta(t))) : paragraphsOf(item, skipMeta(item));
    ownText.set(item, paragraphs);
  }
  // A wrapper (li around its article) has no text of its own; it stands for its first inner item.
  // A list marked like a comment (ul.js-comment) is no wrapper: its first item has siblings.
  const wrapperRep = new Map<Element, Element>();
  for (const item of all) {
    if (ownText.get(item)!.length > 0) continue;
    const inner = all.find((other) => other !== item && item.contains(other) && ownText.get(other)!.length > 0);
    if (!inner) continue;
    const siblings = Array.from(inner.parentElement?.children ?? []).filter((el) => el !== inner && items.has(el));
    if (siblings.length === 0) wrapperRep.set(item, inner);
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
    // A page's own ids may look like our positional ones (c1): never two comments with one id.
    for (let k = 2; comments.some((c) => c.id === id); k++) id = `${parentId ? `${parentId}.${n}` : `c${n}`}~${k}`;
    ids.set(item, id);
    const scope = [...owned.get(item)!, ...(wrapper ? owned.get(wrapper)! : [])];
    const authorEl = findOwn(scope, AUTHOR);
    const authorName = authorEl ? (authorEl.querySelector('[itemprop="name"], .fn, a') ?? authorEl).textContent : null;
    const dateEl = findOwn(scope, DATE);
    const postedAt =
      parseDate(dateEl?.getAttribute('datetime') ?? dateEl?.getAttribute('content') ?? null) ??
      parseDate(dateEl?.textContent?.replace(/\s+/g, ' ').trim().replace(/\s*(at|に)\s*/, ' ') ?? null) ??
      // No element says "date": a short line of the comment's own that holds one (名無し 2021/08/21(土) 10:00).
      scope.map((el) => (el.children.length === 0 || el.textContent!.length <= 80 ? findDate(el.textContent ?? '') : null)).find((d) => d !== null) ??
      null;
    const voteEl = findOwn(scope, VOTES);
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
    const elements = ownElements(node, set);
    const prop = (name: string) => elements.find((el) => (el.getAttribute('itemprop') ?? '').split(/\s+/).includes(name));
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
