/**
 * Reading gold NER files: one JSON object per line, `{"id","lang","text","entities":[{"start",
 * "end","type","text"}]}`, offsets in JavaScript string indices. A bad line is reported with its
 * number and reason; every good line beside it is still read.
 */
import type { Lang } from '../types.js';
import { evalTypeOf, type EvalSpan } from './score.js';

export interface GoldRecord {
  id: string;
  lang: Lang;
  text: string;
  entities: EvalSpan[];
  /** 1-based line in the file. */
  line: number;
}

export interface RejectedLine {
  line: number;
  reason: string;
}

export interface GoldFile {
  records: GoldRecord[];
  rejected: RejectedLine[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readRecord(value: unknown, line: number): GoldRecord | string {
  if (!isObject(value)) return 'not a JSON object';
  const { id, lang, text, entities } = value;
  if (typeof id !== 'string' || id === '') return '"id" must be a non-empty string';
  if (lang !== 'ja' && lang !== 'en') return `"lang" must be "ja" or "en" (got ${JSON.stringify(lang)})`;
  if (typeof text !== 'string') return '"text" must be a string';
  if (!Array.isArray(entities)) return '"entities" must be an array';
  const spans: EvalSpan[] = [];
  for (const [i, entity] of entities.entries()) {
    if (!isObject(entity)) return `entities[${i}] is not an object`;
    const { start, end, type } = entity;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return `entities[${i}]: "start" and "end" must be integers`;
    const s = start as number;
    const e = end as number;
    if (s < 0 || e <= s || e > text.length) return `entities[${i}]: span ${s}–${e} is outside the text (length ${text.length})`;
    const evalType = typeof type === 'string' ? evalTypeOf(type) : null;
    if (evalType === null) return `entities[${i}]: unknown type ${JSON.stringify(type)} (use person, location or organization)`;
    if (typeof entity.text === 'string' && entity.text !== text.slice(s, e)) {
      return `entities[${i}]: "text" ${JSON.stringify(entity.text)} differs from the text at ${s}–${e} (${JSON.stringify(text.slice(s, e))})`;
    }
    spans.push({ start: s, end: e, type: evalType });
  }
  return { id, lang, text, entities: spans, line };
}

export function parseGold(content: string): GoldFile {
  const records: GoldRecord[] = [];
  const rejected: RejectedLine[] = [];
  const lines = content.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      rejected.push({ line, reason: `not valid JSON (${(error as Error).message})` });
      continue;
    }
    const record = readRecord(value, line);
    if (typeof record === 'string') rejected.push({ line, reason: record });
    else records.push(record);
  }
  return { records, rejected };
}
