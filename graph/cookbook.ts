/** The analysts' cookbook (docs/cypher.md) as data: each numbered question and its Cypher. */

export interface CookbookEntry {
  number: number;
  question: string;
  cypher: string;
}

/** `## N. question` headings, each followed by one ```cypher block. */
export function parseCookbook(markdown: string): CookbookEntry[] {
  const entries: CookbookEntry[] = [];
  const heading = /^## (\d+)\. (.+)$/gm;
  const matches = [...markdown.matchAll(heading)];
  matches.forEach((match, i) => {
    const section = markdown.slice(match.index, matches[i + 1]?.index ?? markdown.length);
    const block = /```cypher\n([\s\S]*?)```/.exec(section);
    if (block) entries.push({ number: Number(match[1]), question: match[2]!.trim(), cypher: block[1]!.trim() });
  });
  return entries;
}
