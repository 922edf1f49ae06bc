import { describe, expect, it } from 'vitest';
import { parseExtractLine } from '../../../src/extract/jsonl.js';

describe('extract JSONL lines', () => {
  it.each([
    ['{"id":"a","text":"米軍","lang":"ja"}', { ok: true, request: { id: 'a', text: '米軍', lang: 'ja' } }],
    ['{"id":7,"text":"NATO"}', { ok: true, request: { id: '7', text: 'NATO', lang: undefined } }],
  ])('reads %s', (line, want) => {
    expect(parseExtractLine(line)).toEqual(want);
  });

  it.each([
    ['not json', 'not JSON'],
    ['[1,2]', 'not a JSON object'],
    ['{"id":"a"}', 'no "text" string'],
    ['{"text":"x"}', 'no "id" string'],
    ['{"id":"a","text":"x","lang":"fr"}', 'unknown "lang" "fr"'],
  ])('rejects %s', (line, reason) => {
    const r = parseExtractLine(line);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});
