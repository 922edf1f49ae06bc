import { describe, expect, it } from 'vitest';
import { readingsMatch } from '../../../src/resolve/reading.js';

const TABLE: Array<[string, string, boolean]> = [
  ['ジョンソン', 'Johnson', true],
  ['ストルテンベルグ', 'Stoltenberg', true],
  ['カービー', 'Kirby', true],
  ['バイデン', 'Biden', true],
  ['ブリンケン', 'Blinken', true],
  ['ゼレンスキー', 'Zelensky', true],
  ['トレベリアン', 'Trevellian', true],
  ['ジョンソン', 'Jonas', false],
  ['カービー', 'Carter', false],
  ['バイデン', 'Bolton', false],
];

describe('katakana and Latin readings', () => {
  it.each(TABLE)('%s ~ %s is %s', (katakana, latin, same) => {
    expect(readingsMatch(katakana, latin)).toBe(same);
  });
});
