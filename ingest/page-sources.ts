/** `参考:` / `出典:` / `Source:` lines: a cited source, or an image credit with its caption. */
import type { SourceRef } from '../src/types.js';

const SOURCE_LINE =
  /^(参考|出典|引用元|引用|ソース|情報元|Sources?|References?|Via|Credit|Image|Photo)\s*[:：]\s*(.*)$/iu;

/** Labels whose line is an image credit followed by the caption. */
const CREDIT_LABELS = new Set(['出典', 'credit', 'image', 'photo']);

const URL = /https?:\/\/[^\s<>"）)]+/u;

/** Splits `Department of Defense 赤ちゃんを抱きかかえる米軍兵士` into the credit and the caption. */
export function splitCredit(value: string): { title: string; caption: string | null } {
  // A Latin-script credit followed by a caption in Japanese (the seed's form).
  const latinThenJa = /^([\x20-\x7e\u00c0-\u024f]+?)[\s\u3000]+([^\x00-\x7f].*)$/u.exec(value);
  if (latinThenJa) return { title: latinThenJa[1]!.trim(), caption: latinThenJa[2]!.trim() };
  // Otherwise the first word is the credit when a space sets it apart from the rest.
  const spaced = /^(\S+)[\s\u3000]+(.+)$/u.exec(value);
  if (spaced && /[^\x00-\x7f]/u.test(value)) return { title: spaced[1]!, caption: spaced[2]!.trim() };
  return { title: value, caption: null };
}

/** Reads one line as a source, or returns null when it is not one. */
export function parseSourceLine(line: string): SourceRef | null {
  const match = SOURCE_LINE.exec(line.trim());
  if (!match) return null;
  const label = match[1]!;
  let value = match[2]!.trim();
  if (value === '') return null;
  const url = URL.exec(value)?.[0] ?? null;
  if (url) value = value.replace(url, '').replace(/[\s\u3000]+/gu, ' ').trim();
  if (CREDIT_LABELS.has(label.toLowerCase())) {
    const { title, caption } = value === '' ? { title: null, caption: null } : splitCredit(value);
    return { label, title, url, caption };
  }
  return { label, title: value === '' ? null : value, url };
}
