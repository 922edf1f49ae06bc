import { beforeAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../../../src/extract/index.js';
import { loadFullExtractor } from '../../helpers/extractor.js';

// The full extractor, with the model committed in data/models: errors it once made on the seed page.
let ex: Extractor;
beforeAll(async () => {
  ex = await loadFullExtractor();
}, 60_000);

const TABLE: Array<{ text: string; has: Array<[string, string, string]>; noPerson: string[] }> = [
  { text: 'そしてこれを利用して中ロは同盟国の分断を進めている。', has: [['中', 'country', 'country:CN'], ['ロ', 'country', 'country:RU']], noPerson: ['中ロ'] },
  { text: '一行は仁川から到着した。', has: [['仁川', 'location', 'location:incheon']], noPerson: ['仁川'] },
  { text: '要請を受けてカーブル市内から避難民を救出した。', has: [['カーブル市', 'location', 'location:kabul']], noPerson: [] },
  { text: 'ハミド・カルザイ前大統領が語った。', has: [['ハミド・カルザイ', 'person', 'person:hamid-karzai']], noPerson: [] },
];

describe('Japanese extraction with the statistical tagger', () => {
  it.each(TABLE)('$text', ({ text, has, noPerson }) => {
    const mentions = ex.extract(text, { lang: 'ja' });
    const got = mentions.map((m) => [m.text, m.kind, m.entity.id]);
    for (const want of has) expect(got).toContainEqual(want);
    for (const surface of noPerson) expect(mentions.filter((m) => m.kind === 'person').map((m) => m.text)).not.toContain(surface);
  });
});
