/**
 * The paragraphs a page's main text gives (Readability's, or a feed item's HTML) sorted into the
 * article's body, its cited sources (参考:/出典:/Source: lines and outbound links) and related
 * links; page furniture that sits inside the article (category, byline, dateline, tags, share
 * buttons) is dropped.
 */
import type { RelatedRef, SourceRef } from '../src/types.js';
import { parseDate } from './dates.js';
import { parseSourceLine } from './page-sources.js';

export interface Link {
  text: string;
  href: string;
  /** The text of the block (paragraph, list item) the link sits in. */
  context: string;
}

export interface ArticleContext {
  title: string | null;
  category: string | null;
  site: string | null;
  author: string | null;
  /** The page's own host: links there are not sources. */
  host: string | null;
}

const BOILERPLATE = /^(?:advertisement|advertising|広告|スポンサーリンク|PR|share(?: this(?: article| story)?)?|tweet|シェア|ツイート|続きを読む|read more|関連記事|related(?: articles| stories)?|recommended|おすすめ|image|photo|getty images|© .{0,60}|copyright .{0,80}|all rights reserved\.?|sign up.{0,60}|subscribe.{0,60}|follow us.{0,40}|print|印刷|保存|ブックマーク)$/iu;
const RELATED_INLINE = /^[【■▼▽◆●\[]?\s*(?:関連記事|関連ニュース|関連|あわせて読みたい|Related(?: articles?| stories| coverage)?|See also|Read more|Also read|More on this story)\s*[】\]]?\s*[:：】]?\s*(.+)$/iu;
/** A heading over a list of related links: the short linked lines after it are related articles. */
const RELATED_HEADING = /^[【■▼▽◆●\[]?\s*(?:関連記事|関連ニュース|関連リンク|あわせて読みたい|おすすめ記事|Related(?: articles| stories| coverage| content)?|More on this story|Read more|See also|Most read|Recommended)\s*[】\]]?\s*[:：]?$/iu;
const CHROME = /^(?:※?アイキャッチ画像の出典|PAGE\s*TOP|Back to top)/iu;
const TAGS = /^(?:tags?|タグ|filed under|posted in|categories|カテゴリー?|topics?)\s*[:：]/iu;
const BYLINE = /^(?:by|文|写真|photo(?:graph)?s? by|written by|reporting by)\s*[:：]?\s+\S/iu;
const DATE_IN_TEXT = /\d{4}\s*[年/.-]\s*\d{1,2}(?:\s*[月/.-]\s*\d{1,2}\s*日?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}/giu;
const TIME_IN_TEXT = /\d{1,2}\s*[:：時.]\s*\d{2}(?:\s*分)?(?:\s*(?:am|pm|a\.m\.|p\.m\.|gmt|utc|jst|bst|et|edt|est))?/giu;
const META_WORDS = /最終更新|更新|公開|配信|掲載|投稿|updated|published|posted|last|modified|on|at|日時|(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?|[月火水木金土日]曜日?/giu;

function key(s: string): string {
  return s.toLowerCase().replace(/[\s\u3000]+/g, ' ').trim();
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** A dateline or byline: a short line that is a date plus little but the author and such words. */
export function isMetaLine(text: string, context: ArticleContext): boolean {
  const t = text.trim();
  const k = key(t);
  for (const known of [context.title, context.category, context.site, context.author]) {
    if (known && key(known) === k) return true;
  }
  if (TAGS.test(t) || (t.length <= 80 && BYLINE.test(t))) return true;
  if (t.length > 120) return false;
  if (t.length <= 40 && parseDate(t) !== null) return true;
  DATE_IN_TEXT.lastIndex = 0;
  if (!DATE_IN_TEXT.test(t)) return false;
  let rest = t.replace(DATE_IN_TEXT, ' ').replace(TIME_IN_TEXT, ' ').replace(META_WORDS, ' ');
  if (context.author) rest = rest.split(context.author).join(' ');
  rest = rest.replace(/[\s\u3000()（）[\]【】|｜・·,、:：\-–—/]+/gu, '');
  return rest.length <= 25 && !/[。.!?！？]/u.test(rest);
}

export function sortParagraphs(paragraphs: string[], links: Link[], context: ArticleContext): { body: string[]; sources: SourceRef[]; related: RelatedRef[]; dateline: string | null } {
  const body: string[] = [];
  const sources: SourceRef[] = [];
  const related: RelatedRef[] = [];
  let dateline: string | null = null;
  const linkIn = (t: string) => links.find((l) => l.context === t);
  let relatedList = false;
  for (const p of paragraphs) {
    const t = p.trim();
    if (RELATED_HEADING.test(t)) {
      relatedList = true;
      continue;
    }
    if (relatedList) {
      // The list runs while each line is one link and nothing more.
      const link = links.find((l) => l.text === t);
      if (link && t.length <= 150) {
        related.push({ title: t, url: link.href });
        continue;
      }
      relatedList = false;
    }
    if (t === '' || BOILERPLATE.test(t) || CHROME.test(t)) continue;
    if (isMetaLine(t, context)) {
      dateline ??= parseDate(t) ?? parseDate(t.match(DATE_IN_TEXT)?.[0] ?? null);
      continue;
    }
    const inline = RELATED_INLINE.exec(t);
    if (inline) {
      related.push({ title: inline[1]!.trim(), url: linkIn(t)?.href ?? null });
      continue;
    }
    const source = parseSourceLine(t);
    if (source) {
      const link = linkIn(t);
      if (link && !source.url) source.url = link.href;
      sources.push(source);
      continue;
    }
    body.push(t);
  }
  // Other outbound links in the article text cite their sources too.
  for (const link of links) {
    const host = hostOf(link.href);
    if (!host || host === context.host || sources.some((s) => s.url === link.href)) continue;
    if (related.some((r) => r.url === link.href)) continue;
    if (!body.some((b) => b.includes(link.context) || link.context.includes(b))) continue;
    sources.push({ label: null, title: link.text === '' ? null : link.text, url: link.href });
  }
  return { body, sources, related, dateline };
}
