import { describe, expect, it } from 'vitest';
import { parseGold } from '../../../src/eval/gold.js';

const line = (value: unknown) => JSON.stringify(value);

describe('parseGold', () => {
  it('reads spans and maps kinds onto the scored types', () => {
    const text = '英国のジョンソン首相とBBC';
    const { records, rejected } = parseGold(
      [
        line({
          id: 'a',
          lang: 'ja',
          text,
          entities: [
            { start: 0, end: 2, type: 'country', text: '英国' },
            { start: 3, end: 8, type: 'person', text: 'ジョンソン' },
            { start: 11, end: 14, type: 'source', text: 'BBC' },
          ],
        }),
        '',
        line({ id: 'b', lang: 'en', text: 'Nothing here.', entities: [] }),
      ].join('\n'),
    );
    expect(rejected).toEqual([]);
    expect(records.map((r) => [r.id, r.line, r.entities])).toEqual([
      [
        'a',
        1,
        [
          { start: 0, end: 2, type: 'location' },
          { start: 3, end: 8, type: 'person' },
          { start: 11, end: 14, type: 'organization' },
        ],
      ],
      ['b', 3, []],
    ]);
  });

  it.each([
    ['{not json', /not valid JSON/],
    [line(['a']), /not a JSON object/],
    [line({ lang: 'ja', text: 'x', entities: [] }), /"id"/],
    [line({ id: 'x', lang: 'fr', text: 'x', entities: [] }), /"lang" must be "ja" or "en"/],
    [line({ id: 'x', lang: 'ja', entities: [] }), /"text"/],
    [line({ id: 'x', lang: 'ja', text: 'x' }), /"entities"/],
    [line({ id: 'x', lang: 'ja', text: 'abc', entities: [{ start: 0, end: 9, type: 'person' }] }), /outside the text/],
    [line({ id: 'x', lang: 'ja', text: 'abc', entities: [{ start: 2, end: 1, type: 'person' }] }), /outside the text/],
    [line({ id: 'x', lang: 'ja', text: 'abc', entities: [{ start: 0, end: 1, type: 'date' }] }), /unknown type "date"/],
    [line({ id: 'x', lang: 'ja', text: 'abc', entities: [{ start: 0, end: 1, type: 'person', text: 'b' }] }), /differs from the text/],
  ])('rejects %s with its line number and the reason, and keeps the good lines', (bad, reason) => {
    const good = line({ id: 'ok', lang: 'en', text: 'Kabul', entities: [{ start: 0, end: 5, type: 'location' }] });
    const { records, rejected } = parseGold([good, bad, good].join('\n'));
    expect(records.map((r) => r.line)).toEqual([1, 3]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.line).toBe(2);
    expect(rejected[0]!.reason).toMatch(reason);
  });
});
