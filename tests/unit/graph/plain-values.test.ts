import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable, toPlain } from '../../../graph/plain-values.js';
import neo4j from 'neo4j-driver';

describe('toPlain', () => {
  it.each([
    { name: 'null', value: null, expected: null },
    { name: 'undefined', value: undefined, expected: null },
    { name: 'string', value: '米国', expected: '米国' },
    { name: 'driver integer', value: neo4j.int(42), expected: 42 },
    { name: 'list of maps', value: [{ a: 1, b: ['x'] }], expected: [{ a: 1, b: ['x'] }] },
    { name: 'node', value: new neo4j.types.Node(1, ['Entity', 'Person'], { id: 'person:joe-biden' }, 'e1'), expected: { labels: ['Entity', 'Person'], properties: { id: 'person:joe-biden' } } },
    { name: 'relationship', value: new neo4j.types.Relationship(1, 2, 3, 'MENTIONS', { count: 2 }, 'r', 's', 'e'), expected: { type: 'MENTIONS', properties: { count: 2 } } },
    { name: 'date', value: new neo4j.types.Date(2021, 8, 26), expected: '2021-08-26' },
  ])('$name', ({ value, expected }) => {
    expect(toPlain(value)).toEqual(expected);
  });
});

describe('displayWidth', () => {
  it.each([
    ['Biden', 5],
    ['バイデン', 8],
    ['米国 U.S.', 9],
    ['', 0],
  ])('%s → %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('formatTable', () => {
  it.each([
    {
      name: 'aligns wide characters',
      keys: ['name', 'n'],
      rows: [{ name: 'バイデン', n: 3 }, { name: 'Kirby', n: 12 }],
      expected: ['| name     | n  |', '|----------|----|', '| バイデン | 3  |', '| Kirby    | 12 |'].join('\n'),
    },
    { name: 'no rows', keys: ['x'], rows: [], expected: ['| x |', '|---|'].join('\n') },
    { name: 'cuts long cells', keys: ['t'], rows: [{ t: 'abcdefghij' }], max: 5, expected: ['| t     |', '|-------|', '| abcd… |'].join('\n') },
  ])('$name', ({ keys, rows, expected, max }) => {
    expect(formatTable(keys, rows, max)).toBe(expected);
  });
});
