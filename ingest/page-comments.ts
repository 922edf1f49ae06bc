/**
 * The comment section of a page saved as text: each comment opens with bullet lines (author, date),
 * then its text, then an optional vote count alone on a line. A reply is indented deeper than the
 * comment it answers, so the thread is rebuilt from indentation with a stack.
 */
import type { Comment } from '../src/types.js';
import { parseDate } from './dates.js';
import { detectLang } from './detect-lang.js';

const BULLET = /^([ \t]*)([•●◦▪・*-])[ \t]+(.*)$/u;
const VOTES = /^(?:(?:👍|\+|いいね[:：]?|Likes?[:：]?|Votes?[:：]?|Score[:：]?)\s*)?(-?\d{1,7})$/iu;

interface Header {
  indent: number;
  author: string | null;
  postedAt: string | null;
  end: number;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
}

/** A comment header: a run of bullet lines at one indentation, holding a date or using •. */
function readHeader(lines: string[], at: number): Header | null {
  const first = BULLET.exec(lines[at]!);
  if (!first) return null;
  const indent = indentOf(lines[at]!);
  const texts: string[] = [];
  const marks = new Set<string>();
  let i = at;
  for (; i < lines.length; i++) {
    const m = BULLET.exec(lines[i]!);
    if (!m || indentOf(lines[i]!) !== indent) break;
    texts.push(m[3]!.trim());
    marks.add(m[2]!);
  }
  const dates = texts.map((t) => parseDate(t));
  if (!dates.some((d) => d !== null) && !marks.has('•')) return null;
  // Two bullets at most make a header; a longer run of undated bullets is a list inside a comment.
  if (texts.length > 3) return null;
  let author: string | null = null;
  let postedAt: string | null = null;
  texts.forEach((text, k) => {
    if (dates[k] !== null && postedAt === null) postedAt = dates[k]!;
    else if (author === null) author = text.replace(/\s*(says|より|さん)[:：]?$/iu, '').trim() || null;
  });
  return { indent, author, postedAt, end: i };
}

function joinText(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function parsePageComments(lines: string[]): Comment[] {
  const comments: Comment[] = [];
  const stack: Array<{ indent: number; id: string; children: number }> = [];
  let topLevel = 0;
  let i = 0;
  while (i < lines.length) {
    const header = readHeader(lines, i);
    if (!header) {
      i++;
      continue;
    }
    // The comment's own lines run up to the next header.
    let j = header.end;
    while (j < lines.length && !readHeader(lines, j)) j++;
    const own = lines.slice(header.end, j);
    while (own.length > 0 && own[own.length - 1]!.trim() === '') own.pop();
    let votes: number | null = null;
    const last = own.length > 0 ? VOTES.exec(own[own.length - 1]!.trim()) : null;
    if (last && own.length > 1) {
      votes = Number(last[1]);
      own.pop();
    }
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= header.indent) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const id = parent ? `${parent.id}.${++parent.children}` : `c${++topLevel}`;
    const text = joinText(own);
    comments.push({
      id,
      parentId: parent?.id ?? null,
      depth: stack.length,
      author: header.author,
      postedAt: header.postedAt,
      votes,
      text,
      lang: detectLang(text),
    });
    stack.push({ indent: header.indent, id, children: 0 });
    i = j;
  }
  return comments;
}
