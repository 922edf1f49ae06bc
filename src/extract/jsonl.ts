/** The `extract` command's JSONL contract: `{"id","text","lang"?}` in, mentions and roles out. */
import type { Lang, TextExtraction } from '../types.js';

export interface ExtractRequest {
  id: string;
  text: string;
  lang: Lang | undefined;
}

export type ParsedLine = { ok: true; request: ExtractRequest } | { ok: false; reason: string; hint: string };

/** Reads one input line; says what is wrong with it rather than throwing. */
export function parseExtractLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})`, hint: 'Each line must be one JSON object: {"id":"…","text":"…","lang":"ja"}.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not a JSON object', hint: 'Each line must be one JSON object: {"id":"…","text":"…"}.' };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { ok: false, reason: 'no "text" string', hint: 'Give the text to extract from as "text".' };
  const id = record.id;
  if (typeof id !== 'string' && typeof id !== 'number') return { ok: false, reason: 'no "id" string', hint: 'Give each line an "id" (string or number).' };
  const lang = record.lang;
  if (lang !== undefined && lang !== null && lang !== 'ja' && lang !== 'en') {
    return { ok: false, reason: `unknown "lang" ${JSON.stringify(lang)}`, hint: 'Use "ja" or "en", or leave "lang" out to detect it.' };
  }
  return { ok: true, request: { id: String(id), text: record.text, lang: lang ?? undefined } };
}

/** One output line: the mentions with their entities (id, names, aliases) and the roles read. */
export function formatExtraction(id: string, extraction: TextExtraction): string {
  return JSON.stringify({
    id,
    mentions: extraction.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      kind: m.kind,
      entity: { id: m.entity.id, name: m.entity.name, nameEn: m.entity.nameEn, nameJa: m.entity.nameJa, aliases: m.entity.aliases },
    })),
    roles: extraction.roles,
  });
}
