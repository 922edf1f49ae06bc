import { beforeAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../../../src/extract/index.js';
import type { Article } from '../../../src/types.js';
import { rulesExtractor } from './setup.js';

let ex: Extractor;
beforeAll(async () => {
  ex = await rulesExtractor();
}, 60_000);

/** An article of our own words with the seed's hard cases: body, a cited headline, threaded comments. */
const ARTICLE: Article = {
  id: 'fixture-1',
  url: null,
  title: null,
  lang: 'ja',
  publishedAt: null,
  category: null,
  site: null,
  body: [
    '英国のジョンソン首相はバイデン大統領との電話会談を求めたと、英国のThe Times紙とThe Daily Telegraph紙が伝えた。',
    '参考:Allies Say Talks With Taliban Were Never Shared By U.S.',
    '国防総省のジョン・カービー報道官は、米軍がカーブルの空港を守ると述べた。ピーター・ベイズリー海軍少将も同じ考えだ。',
    'NATOのストルテンベルグ事務総長はトルコとアゼルバイジャン、ドイツに謝意を示した。英国政府の関係者はThe Guardian紙に語った。',
    '出典:Department of Defense',
  ].join('\n\n'),
  sources: [],
  related: [],
  comments: [
    { id: 'c1', parentId: null, depth: 0, author: '匿名', postedAt: null, votes: 3, text: 'カービーの説明では足りない。中ロが喜ぶだけだ。', lang: null },
    { id: 'c2', parentId: 'c1', depth: 1, author: '匿名', postedAt: null, votes: null, text: '日本や台湾、韓国も他人事ではない。カブールの次はどこか。ISISも動いている。アルメニアとの衝突も続く。', lang: null },
  ],
};

const TARGETS: Array<[string, string]> = [
  ['person:joe-biden', 'person'], ['person:boris-johnson', 'person'], ['person:john-kirby', 'person'], ['person:jens-stoltenberg', 'person'],
  ['person:ja:ピーター・ベイズリー', 'person'],
  ['country:US', 'country'], ['country:GB', 'country'], ['country:DE', 'country'], ['country:TR', 'country'], ['country:AZ', 'country'],
  ['country:AM', 'country'], ['country:CN', 'country'], ['country:JP', 'country'], ['country:TW', 'country'], ['country:KR', 'country'], ['country:RU', 'country'],
  ['org:nato', 'organization'], ['org:taliban', 'organization'], ['org:us-dod', 'organization'], ['org:us-military', 'organization'], ['org:isis', 'organization'],
  ['source:the-times', 'source'], ['source:the-daily-telegraph', 'source'], ['source:the-guardian', 'source'], ['location:kabul', 'location'],
];

describe('an article with its comments', () => {
  it('finds each target once as an entity, with its kind, in body or comments', () => {
    const r = ex.extractArticle(ARTICLE);
    const mentions = [r.body.mentions, ...Object.values(r.comments).map((c) => c.mentions)].flat();
    for (const [id, kind] of TARGETS) {
      expect(r.entities.filter((e) => e.id === id), id).toHaveLength(1);
      const kinds = new Set(mentions.filter((m) => m.entity.id === id).map((m) => m.kind));
      expect([...kinds], id).toEqual([kind]);
    }
    expect(new Set(r.entities.map((e) => e.id)).size).toBe(r.entities.length);
  });

  it('joins カービー in a comment to John Kirby, and カーブル and カブール to Kabul', () => {
    const r = ex.extractArticle(ARTICLE);
    expect(r.comments.c1!.mentions.map((m) => [m.text, m.entity.id])).toContainEqual(['カービー', 'person:john-kirby']);
    const kabul = [r.body.mentions, r.comments.c2!.mentions].flat().filter((m) => m.entity.id === 'location:kabul').map((m) => m.text);
    expect(new Set(kabul)).toEqual(new Set(['カーブル', 'カブール']));
  });

  it('takes nothing from the author names of comments or the cited headline\'s capitals', () => {
    const r = ex.extractArticle(ARTICLE);
    const surfaces = [r.body.mentions, ...Object.values(r.comments).map((c) => c.mentions)].flat().map((m) => m.text);
    for (const chrome of ['匿名', 'Allies', 'Talks', 'Never', 'Shared']) expect(surfaces).not.toContain(chrome);
  });
});
