import { beforeAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../../../src/extract/index.js';
import type { Article, Comment } from '../../../src/types.js';
import { TIER, type Candidate } from '../../../src/extract/candidate.js';
import { loadGazetteer } from '../../../src/extract/gazetteer/load.js';
import { resolveDocument } from '../../../src/resolve/document.js';
import { rulesExtractor } from './setup.js';

let ex: Extractor;
beforeAll(async () => {
  ex = await rulesExtractor();
}, 60_000);

function article(body: string, comments: string[], lang: 'ja' | 'en' = 'ja'): Article {
  const list: Comment[] = comments.map((text, i) => ({ id: `c${i}`, parentId: null, depth: 0, author: null, postedAt: null, votes: null, text, lang: null }));
  return { id: 'a1', url: null, title: null, lang, publishedAt: null, category: null, site: null, body, sources: [], related: [], comments: list };
}

const ids = (x: { mentions: Array<{ text: string; entity: { id: string } }> }) => x.mentions.map((m) => [m.text, m.entity.id]);

describe('resolution over an article', () => {
  it('joins a later partial name to the full one, across body and comments', () => {
    const r = ex.extractArticle(article('ジェームズ・ホルデン報道官が会見した。', ['ホルデンは何も言わなかった。']));
    expect(ids(r.body)).toContainEqual(['ジェームズ・ホルデン', 'person:ja:ジェームズ・ホルデン']);
    expect(ids(r.comments.c0!)).toContainEqual(['ホルデン', 'person:ja:ジェームズ・ホルデン']);
    expect(r.entities.filter((e) => e.id === 'person:ja:ジェームズ・ホルデン')).toHaveLength(1);
  });

  it.each<[string, string, string]>([
    ['ツイッターとTwitterは同じ会社だ。', 'ツイッター', 'Twitter'],
    ['ドコモ、つまりNTTドコモが発表した。', 'ドコモ', 'NTTドコモ'],
    ['パナソニック（Panasonic）の新製品。', 'パナソニック', 'Panasonic'],
    ['Amazon.co.jpとアマゾンで買える。', 'Amazon.co.jp', 'アマゾン'],
    ['岩手県、つまりIwateの話だ。', '岩手県', 'Iwate'],
    ['北海道（Hokkaido）で撮影。', '北海道', 'Hokkaido'],
    ['カリフォルニア州、Californiaの法律。', 'カリフォルニア州', 'California'],
    ['テキサスはTexasと書く。', 'テキサス', 'Texas'],
  ])('one company or place across scripts and short forms: %s', (text, a, b) => {
    const found = new Map(ids(ex.extractArticle(article(text, [])).body).map(([t, id]) => [t, id] as const));
    expect(found.get(a)).toMatch(/^(org|location):[a-z-]+$/);
    expect(found.get(b)).toBe(found.get(a));
  });

  it('gives a bare surname with its known person\'s title to that person, though another full name in the document ends with it', async () => {
    const gazetteer = await loadGazetteer();
    const text = 'ドウェイン・ジョンソンが主演。ジョンソン首相も観た。ジョンソンは笑った。';
    const pm = gazetteer.titlesJa.get('首相')!;
    const candidates: Candidate[] = [
      { start: 0, end: 11, kind: 'person', tier: TIER.rule },
      { start: 15, end: 20, kind: 'person', tier: TIER.gazetteer, entityIds: ['person:boris-johnson'], surnameOnly: true, title: { title: pm, start: 20, end: 22 } },
      { start: 26, end: 31, kind: 'person', tier: TIER.gazetteer, entityIds: ['person:boris-johnson'], surnameOnly: true },
    ];
    const { texts } = resolveDocument([{ text, lang: 'ja', candidates }], gazetteer);
    expect(ids(texts[0]!)).toEqual([
      ['ドウェイン・ジョンソン', 'person:ja:ドウェイン・ジョンソン'],
      ['ジョンソン', 'person:boris-johnson'],
      ['ジョンソン', 'person:ja:ドウェイン・ジョンソン'], // no title: the document's own Johnson
    ]);
    const en = ids(ex.extractArticle(article('Dwayne Johnson starred. Prime Minister Johnson watched it.', [], 'en')).body);
    expect(en).toContainEqual(['Dwayne Johnson', 'person:dwayne-johnson']);
    expect(en).toContainEqual(['Johnson', 'person:boris-johnson']);
  });

  it('joins Boris Johnson … Johnson, and a Latin surname to its full name', () => {
    const r = ex.extractArticle(article('Senator Mark Trevellian spoke on Monday. Later Trevellian left.', [], 'en'));
    const found = ids(r.body).filter(([, id]) => id === 'person:mark-trevellian').map(([t]) => t);
    expect(found).toEqual(['Mark Trevellian', 'Trevellian']);
  });

  it('joins a later "the 82nd" to the numbered unit named in full', () => {
    const r = ex.extractArticle(article('The 82nd Airborne Division landed at dawn. Later the 82nd held the bridge.', [], 'en'));
    expect(ids(r.body)).toEqual([['82nd Airborne Division', 'org:82nd-airborne-division'], ['82nd', 'org:82nd-airborne-division']]);
    expect(r.entities.map((e) => e.id)).not.toContain('org:82nd');
    expect(r.entities.find((e) => e.id === 'org:82nd-airborne-division')?.aliases).toContain('82nd');
  });

  it('joins each short unit to the unit with its own number', () => {
    const r = ex.extractArticle(article('The 139th Pennsylvania Infantry and the 62d New York Infantry crossed. Then the 139th held and the 62d fell back.', [], 'en'));
    expect(ids(r.body)).toContainEqual(['139th', 'org:139th-pennsylvania-infantry']);
    expect(ids(r.body)).toContainEqual(['62d', 'org:62d-new-york-infantry']);
  });

  it('joins a katakana name to a Latin name that reads the same', () => {
    const r = ex.extractArticle(article('国防総省のマーク・トレベリアン報道官によると', ['Mark Trevellian said so on TV.']));
    const person = r.entities.find((e) => e.kind === 'person')!;
    expect(r.entities.filter((e) => e.kind === 'person')).toHaveLength(1);
    expect(person.id).toBe('person:mark-trevellian');
    expect(person.nameJa).toBe('マーク・トレベリアン');
  });

  it('keeps the Japanese name as canonical for a person known only in katakana', () => {
    const r = ex.extractArticle(article('ピーター・ベイズリー海軍少将は述べた。', []));
    const e = r.entities.find((x) => x.kind === 'person')!;
    expect([e.id, e.name, e.nameEn, e.nameJa]).toEqual(['person:ja:ピーター・ベイズリー', 'ピーター・ベイズリー', null, 'ピーター・ベイズリー']);
  });

  it('gives 米国, 米, アメリカ and U.S. one country entity, listed once', () => {
    const r = ex.extractArticle(article('米国とアメリカ、米軍。', ['U.S. officials agreed.']));
    expect(r.entities.filter((e) => e.id === 'country:US')).toHaveLength(1);
    const us = r.entities.find((e) => e.id === 'country:US')!;
    for (const alias of ['米国', 'アメリカ', '米', 'U.S.']) expect(us.aliases).toContain(alias);
  });
});

describe('a bare Japanese family name joins the one full name that begins with it', () => {
  // Spans as the extractor would give them; the entity each name resolves to, by its text.
  const cases: Array<{ text: string; persons: Array<[number, number]>; same: string[][]; apart: string[][] }> = [
    { text: '野村克也が語った。野村は続けた。', persons: [[0, 4], [9, 11]], same: [['野村克也', '野村']], apart: [] },
    { text: 'ダルビッシュ有が投げた。ダルビッシュは笑った。', persons: [[0, 7], [12, 18]], same: [['ダルビッシュ有', 'ダルビッシュ']], apart: [] },
    // One kanji needs a title or honorific after it.
    { text: '孫正義氏が語った。孫氏は続けた。', persons: [[0, 3], [9, 10]], same: [['孫正義', '孫']], apart: [] },
    { text: '李明博が語った。李が来た。', persons: [[0, 3], [8, 9]], same: [], apart: [['李明博', '李']] },
    // Two full names begin with 田中: the bare one is neither.
    { text: '田中将大と田中角栄。田中は好投。', persons: [[0, 4], [5, 9], [10, 12]], same: [], apart: [['田中将大', '田中'], ['田中角栄', '田中']] },
    // A katakana name before ・ is a given name, not a family name.
    { text: 'ジョン・カーターを観た。ジョンは笑った。', persons: [[0, 8], [12, 15]], same: [], apart: [['ジョン・カーター', 'ジョン']] },
  ];
  it.each(cases)('$text', async ({ text, persons, same, apart }) => {
    const gazetteer = await loadGazetteer();
    const candidates: Candidate[] = persons.map(([start, end]) => ({ start, end, kind: 'person', tier: TIER.tagger }));
    const { texts } = resolveDocument([{ text, lang: 'ja', candidates }], gazetteer);
    const idOf = new Map(ids(texts[0]!).map(([t, id]) => [t, id] as const));
    for (const [a, b] of same) expect(idOf.get(b)).toBe(idOf.get(a));
    for (const [a, b] of apart) expect(idOf.get(b)).not.toBe(idOf.get(a));
  });
});

describe('a joined Japanese family name is read again where no rule proposed it', () => {
  it('adds the bare 野村 the rules missed, and not the 野村 inside 北野村', async () => {
    const gazetteer = await loadGazetteer();
    const text = '野村克也が語った。野村は続けた。野村の話と北野村の話。';
    const candidates: Candidate[] = [[0, 4], [9, 11]].map(([start, end]) => ({ start: start!, end: end!, kind: 'person', tier: TIER.tagger }));
    const { texts } = resolveDocument([{ text, lang: 'ja', candidates }], gazetteer);
    expect(texts[0]!.mentions.map((m) => [m.start, m.text, m.entity.id])).toEqual([
      [0, '野村克也', 'person:ja:野村克也'],
      [9, '野村', 'person:ja:野村克也'],
      [16, '野村', 'person:ja:野村克也'],
    ]);
  });
});

describe('resolution of names without a full word', () => {
  // A Latin initial alone (K in K君) has no word of two letters; a later katakana name was compared
  // with its missing last part and threw "reading 'toLowerCase'" (livedoor articles).
  const cases: Array<{ text: string; persons: Array<[number, number]>; expected: string[][] }> = [
    { text: 'K君のように話すミドリさんもいた。', persons: [[0, 1], [8, 11]], expected: [['K', 'person:k'], ['ミドリ', 'person:ja:ミドリ']] },
    { text: 'J. とカービーが来た。', persons: [[0, 2], [4, 8]], expected: [['J.', 'person:j'], ['カービー', 'person:ja:カービー']] },
  ];
  it.each(cases)('$text', async ({ text, persons, expected }) => {
    const gazetteer = await loadGazetteer();
    const candidates: Candidate[] = persons.map(([start, end]) => ({ start, end, kind: 'person', tier: TIER.title }));
    const { texts } = resolveDocument([{ text, lang: 'ja', candidates }], gazetteer);
    expect(ids(texts[0]!)).toEqual(expected);
  });
});
