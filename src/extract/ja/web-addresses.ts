/**
 * Web addresses and file names name a page or a file, not an entity: news articles end with links
 * (http://news.example.com/article/…, a store's URL) and software news quotes file names
 * (setup.exe). The tagger and the English side read their words as organizations. Any candidate
 * overlapping one is dropped. Addresses: a scheme (http://, https://) or www. up to the next
 * space or Japanese character; host and file names: lower-case dotted words ending in a common
 * top-level domain or file extension (example.co.jp, setup.exe). Capitalized ones (Amazon.co.jp)
 * are how companies write their names in prose, and stay.
 */
import { withoutOverlapping, type Candidate } from '../candidate.js';
import { regexSpans } from '../text/spans.js';

const ADDRESS =
  /(?:https?:\/\/|www\.)[\x21-\x7e]+|(?<![A-Za-z0-9.])[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.(?:com|net|org|jp|info|biz|tv|io|me|html?|php|exe|zip|pdf|jpe?g|png|gif|txt|apk|dmg)(?![A-Za-z0-9])(?:\/[\x21-\x7e]*)?/g;

/** The stretches of `text` that are addresses or file names, as [start, end) pairs. */
export function webAddresses(text: string): Array<[number, number]> {
  // Most texts have no dot or colon followed by a letter: skip the expression for them.
  return /[.:][/a-z]/.test(text) ? regexSpans(ADDRESS, text) : [];
}

export function withoutWebAddresses(text: string, candidates: Candidate[]): Candidate[] {
  return withoutOverlapping(candidates, webAddresses(text));
}
