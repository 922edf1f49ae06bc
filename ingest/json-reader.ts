/** JSON documents (an article, an array of them, or {articles|items|data: […]}) and JSON Lines. */
import type { Article } from '../src/types.js';
import { articleFromRecord } from './json-record.js';
import { type DocumentResult, type Rejection, reject } from './outcome.js';

const LIST_KEYS = ['articles', 'items', 'data', 'entries', 'results', 'docs', 'documents', 'posts', 'news'];

function jsonError(error: unknown): string {
  return (error as Error).message.replace(/^JSON\.parse: /, '');
}

export function parseJsonDocument(text: string, input: string): DocumentResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { articles: [], rejected: [reject(input, `invalid JSON: ${jsonError(error)}`, 'Fix the JSON syntax (a validator such as `node -e "JSON.parse(require(\'fs\').readFileSync(0,\'utf8\'))" < FILE` shows where), or pass --format if this is not JSON.')] };
  }
  let list: unknown[] = [value];
  if (Array.isArray(value)) list = value;
  else if (typeof value === 'object' && value !== null) {
    const key = LIST_KEYS.find((k) => Array.isArray((value as Record<string, unknown>)[k]));
    if (key) list = (value as Record<string, unknown>)[key] as unknown[];
  }
  const articles: Article[] = [];
  const rejected: Rejection[] = [];
  list.forEach((item, k) => {
    const result = articleFromRecord(item);
    if (result.ok) articles.push(result.article);
    else rejected.push(reject(input, list.length > 1 ? `item ${k + 1}: ${result.reason}` : result.reason, result.hint));
  });
  return { articles, rejected };
}

/** One line of JSON Lines → an article, or why not. Blank lines are skipped (null). */
export function parseJsonLine(line: string, input: string, lineNumber: number): { article: Article } | { rejected: Rejection } | null {
  const t = line.trim();
  if (t === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (error) {
    return { rejected: reject(input, `invalid JSON: ${jsonError(error)}`, 'Fix or remove this line; each line must be one complete JSON object.', lineNumber) };
  }
  const result = articleFromRecord(value);
  return result.ok ? { article: result.article } : { rejected: reject(input, result.reason, result.hint, lineNumber) };
}

export function parseJsonLines(text: string, input: string): DocumentResult {
  const articles: Article[] = [];
  const rejected: Rejection[] = [];
  text.split('\n').forEach((line, k) => {
    const r = parseJsonLine(line, input, k + 1);
    if (r === null) return;
    if ('article' in r) articles.push(r.article);
    else rejected.push(r.rejected);
  });
  return { articles, rejected };
}
