/**
 * An HTML page's headline: the visible h1 when the page's meta titles agree with it (or are a
 * variant of it), else the share title without the site name.
 */
import { stripSiteSuffix, type PageMetadata } from './html-metadata.js';
import { hostOf } from './urls.js';

function norm(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim().toLowerCase();
}

function bigrams(s: string): Set<string> {
  const t = norm(s).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const out = new Set<string>();
  for (let i = 0; i < t.length - 1; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Dice similarity of two strings' character bigrams (works for Japanese and English alike). */
export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/** The headline: the page's h1 when a meta title agrees with it, else the best meta title without the site name. */
export function chooseTitle(doc: Document, meta: PageMetadata): string | null {
  const host = hostOf(meta.url);
  const strip = (t: string | null) => (t ? stripSiteSuffix(t, meta.site, host) : null);
  const metaTitles = [meta.titles.og, meta.titles.jsonLd, meta.titles.twitter, meta.titles.meta, meta.titles.document]
    .filter((t): t is string => t !== null)
    .map((t) => t.replace(/[ \t\r\n]+/g, ' ').trim());
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => (h.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim())
    .filter((t) => t.length >= 4 && t.length <= 300);
  for (const h1 of h1s) {
    if (metaTitles.some((t) => norm(t) === norm(h1) || norm(strip(t)!) === norm(h1))) return h1;
  }
  for (const h1 of h1s) {
    if (h1.length >= 8 && metaTitles.some((t) => norm(t).includes(norm(h1)))) return h1;
  }
  // The visible headline, when the share title is a variant of it (reworded, shortened): readers
  // see the h1, so it is the title.
  const shared = strip(meta.titles.og ?? meta.titles.jsonLd ?? meta.titles.twitter);
  if (shared) {
    const variant = h1s.find((h1) => h1.length >= 8 && dice(h1, shared) >= 0.6);
    if (variant) return variant;
  }
  // Only <title> to go by (old pages): it often names the section, not the story; the h1 does.
  const onlyDocumentTitle = metaTitles.length <= 1 && meta.titles.document !== null;
  const siteKey = meta.site ? norm(meta.site) : null;
  const storyH1 = h1s.find((h) => h.length >= 8 && norm(h) !== siteKey);
  if (onlyDocumentTitle && storyH1) return storyH1;
  const best = strip(metaTitles[0] ?? null);
  if (best) return best;
  return h1s[0] ?? null;
}
