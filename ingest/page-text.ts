/**
 * A news page saved as text (the seed's format): category and title on top, the article's
 * paragraphs with `参考:` / `出典:` lines among them, then the page's tail: related-article lists,
 * previous/next links, the comment thread, trackbacks, a ranking list and chrome (PAGE TOP).
 * The body stops where the tail starts; each part of the tail goes where it belongs.
 */
import type { Article, RelatedRef, SourceRef } from '../src/types.js';
import { articleId } from './article-id.js';
import { parseDate } from './dates.js';
import { detectLang } from './detect-lang.js';
import { type DocumentResult, reject } from './outcome.js';
import { parsePageComments } from './page-comments.js';
import { parseSourceLine } from './page-sources.js';

const RELATED_INLINE = /^(?:関連記事|関連|Related(?: articles?| stories| posts)?|See also|Read more)\s*[:：]\s*(.+)$/iu;
const RELATED_HEADING = /^(?:関連記事|関連する記事|おすすめ記事|人気記事|ランキング|Related(?: articles| stories| posts)?|More stories|Most read|Popular)$/iu;
const PREV_NEXT = /^(.*?)\s*(前のページ|次のページ|前の記事|次の記事|Previous (?:page|post|article)|Next (?:page|post|article))$/iu;
const COMMENTS_HEADING = /^(?:コメント|コメント一覧|読者のコメント|Comments?|Reader comments|\d+\s*(?:件のコメント|comments?)|\d+\s*thoughts? on .*|Leave a (?:comment|reply))$/iu;
const CHROME = /^(?:※?アイキャッチ画像の出典|PAGE\s*TOP|ページ(?:の)?(?:先頭|トップ)へ?|Back to top|Share(?: this)?|シェアする|ツイート|この記事をシェア)/iu;
const TRACKBACK = /トラックバック|trackback|pingback/iu;
const PAGE_END = /^(?:PAGE\s*TOP|Back to top)$/iu;
const NUMBERED = /^([ \t]*)(\d{1,3})[.)、][ \t]+(.*)$/u;
const BULLET = /^[ \t]*[•●◦▪・*-][ \t]+(.*)$/u;

/** A comment header opens here: a bullet line, and it or the bullet after it is a date. */
function opensComment(lines: string[], at: number): boolean {
  const first = BULLET.exec(lines[at] ?? '');
  if (!first) return false;
  if (parseDate(first[1]!.trim()) !== null) return true;
  const second = BULLET.exec(lines[at + 1] ?? '');
  return second !== null && parseDate(second[1]!.trim()) !== null;
}

function isTailStart(line: string): boolean {
  const t = line.trim();
  return (
    RELATED_INLINE.test(t) ||
    RELATED_HEADING.test(t) ||
    (PREV_NEXT.test(t) && PREV_NEXT.exec(t)![1] !== undefined) ||
    COMMENTS_HEADING.test(t) ||
    CHROME.test(t) ||
    /^[ \t]+\d{1,3}[.)][ \t]/u.test(line)
  );
}

/** A short line that does not end like a sentence: a title or a category. */
function looksLikeHeading(line: string, max: number): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= max && !/[。．]$/u.test(t) && !/[.!]$/.test(t.replace(/\b(?:U\.S|Inc|Ltd|Co)\.$/, ''));
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

/** A numbered list item with its continuation lines → the related article's title. */
function relatedFromItem(parts: string[]): RelatedRef | null {
  const texts = parts.map((p) => p.trim()).filter((p) => p !== '');
  if (texts.length === 0 || TRACKBACK.test(texts[0]!)) return null;
  // [category, title, excerpt…] when the first line is a short label; else [title, excerpt…].
  const title = texts.length >= 2 && texts[0]!.length <= 20 ? texts[1]! : texts[0]!;
  return { title, url: null };
}

/**
 * `2021-08-17_kabul-airport.txt`, `20210817-kabul.txt`: saved pages are often named by their day.
 * Used only when the page itself has no date line; a name that merely contains digits is not a date.
 */
export function dateFromFileName(input: string): string | null {
  const base = input.split(/[\\/]/u).at(-1) ?? '';
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?=[_\-. ]|$)/u.exec(base);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d) || Number(y) < 1900) return null;
  return `${y}-${m}-${d}`;
}

export function parsePageText(text: string, input: string): DocumentResult {
  const lines = text.split('\n').map((l) => l.replace(/[\s\u00a0\u3000]+$/u, ''));
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
  };
  const nextNonBlank = (from: number) => {
    let k = from;
    while (k < lines.length && lines[k]!.trim() === '') k++;
    return k;
  };

  // Header: `category` then `title`, or the title alone.
  skipBlank();
  let category: string | null = null;
  let title: string | null = null;
  const first = lines[i]?.trim() ?? '';
  const secondAt = nextNonBlank(i + 1);
  const second = lines[secondAt]?.trim() ?? '';
  if (
    looksLikeHeading(first, 30) &&
    looksLikeHeading(second, 200) &&
    parseDate(second) === null &&
    !parseSourceLine(second) &&
    !isTailStart(lines[secondAt] ?? '') &&
    nextNonBlank(secondAt + 1) < lines.length
  ) {
    category = first;
    title = second;
    i = secondAt + 1;
  } else if (looksLikeHeading(first, 200) && !isTailStart(lines[i] ?? '')) {
    title = first;
    i++;
  }

  // A date line right under the title is the page's own date for the article.
  let publishedAt: string | null = null;
  const dateAt = nextNonBlank(i);
  const dateLine = lines[dateAt]?.trim() ?? '';
  if (title !== null && dateLine.length <= 40 && parseDate(dateLine) !== null) {
    publishedAt = parseDate(dateLine);
    i = dateAt + 1;
  }
  publishedAt ??= dateFromFileName(input);

  // Body: paragraphs up to the first line of the tail; source lines go to sources.
  const paragraphs: string[] = [];
  const sources: SourceRef[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (isTailStart(line) || opensComment(lines, i)) break;
    const source = parseSourceLine(line);
    if (source) sources.push(source);
    else paragraphs.push(line.trim());
  }

  // Tail: related links and lists, the comment section; everything else is chrome.
  const related: RelatedRef[] = [];
  const addRelated = (ref: RelatedRef | null) => {
    // Ranking lists often include the page's own article: it is not related to itself.
    if (ref?.title && ref.title !== title && !related.some((r) => r.title === ref.title)) related.push(ref);
  };
  let commentLines: string[] = [];
  while (i < lines.length) {
    const line = lines[i]!;
    const t = line.trim();
    if (t === '' || PAGE_END.test(t)) {
      i++;
      continue;
    }
    const inline = RELATED_INLINE.exec(t);
    const prevNext = PREV_NEXT.exec(t);
    if (inline) {
      addRelated({ title: inline[1]!.trim(), url: null });
      i++;
    } else if (prevNext && prevNext[1] !== '') {
      addRelated({ title: prevNext[1]!.trim(), url: null });
      i++;
    } else if (COMMENTS_HEADING.test(t) || opensComment(lines, i)) {
      if (COMMENTS_HEADING.test(t)) i++;
      // The thread runs until a line less indented than its first bullet (a list, PAGE TOP).
      const startAt = nextNonBlank(i);
      const floor = indentOf(lines[startAt] ?? '');
      let k = startAt;
      for (; k < lines.length; k++) {
        const l = lines[k]!;
        if (l.trim() === '') continue;
        if (PAGE_END.test(l.trim()) || (floor > 0 && indentOf(l) < floor) || (floor === 0 && NUMBERED.test(l) && TRACKBACK.test(l))) break;
      }
      commentLines = commentLines.concat(lines.slice(startAt, k));
      i = k;
    } else if (NUMBERED.test(line)) {
      // A numbered list: each item with the more-indented lines under it.
      const indent = indentOf(line);
      while (i < lines.length) {
        const item = NUMBERED.exec(lines[i]!);
        if (!item || indentOf(lines[i]!) !== indent) break;
        const parts = [item[3]!];
        i++;
        for (; i < lines.length; i++) {
          const l = lines[i]!;
          if (l.trim() === '') continue;
          if (indentOf(l) <= indent) break;
          parts.push(l);
        }
        addRelated(relatedFromItem(parts));
      }
    } else {
      i++;
    }
  }

  const body = paragraphs.join('\n\n');
  const comments = parsePageComments(commentLines);
  if (body === '' && title === null && comments.length === 0) {
    return { articles: [], rejected: [reject(input, 'no article text found: the file has no title, paragraphs or comments', 'Check that the file is the saved page and not an empty or cut-off copy.')] };
  }
  const article: Article = {
    id: articleId(null, null, title, body),
    url: null,
    title,
    lang: detectLang(`${title ?? ''}\n${body}`),
    publishedAt,
    category,
    site: null,
    author: null,
    body,
    sources,
    related,
    comments,
  };
  return { articles: [article], rejected: [] };
}
