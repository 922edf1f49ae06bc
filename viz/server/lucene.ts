/** The search box's text → a Lucene query for the `entityNames` full-text index. Pure. */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * The whole text as a phrase (the CJK analyzer turns バイデン into bigrams that must stay in order),
 * OR each Latin word as a prefix, so "Bid" finds Biden while typing.
 */
export function luceneQuery(text: string): string {
  const phrase = `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  const words = text
    .split(/[\s.,]+/)
    .filter((word) => /^[A-Za-z][A-Za-z'-]*$/.test(word) && word.length >= 2)
    .map((word) => `${escapeLucene(word.toLowerCase())}*`);
  return [phrase, ...words].join(' OR ');
}
