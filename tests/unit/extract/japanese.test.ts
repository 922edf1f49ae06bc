import { beforeAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../../../src/extract/index.js';
import { rulesExtractor } from './setup.js';

let ex: Extractor;
beforeAll(async () => {
  ex = await rulesExtractor();
}, 60_000);

/** sentence → mentions that must be there (surface, kind, entity id) and surfaces that must not. */
const TABLE: Array<{ text: string; has: Array<[string, string, string]>; not?: string[] }> = [
  { text: '英国のジョンソン首相とバイデン大統領が会談した。', has: [['英国', 'country', 'country:GB'], ['ジョンソン', 'person', 'person:boris-johnson'], ['バイデン', 'person', 'person:joe-biden']], not: ['ジョンソン首相', 'バイデン大統領'] },
  { text: '国防総省のジョン・カービー報道官は述べた。', has: [['国防総省', 'organization', 'org:us-dod'], ['ジョン・カービー', 'person', 'person:john-kirby']], not: ['ジョン・カービー報道官'] },
  { text: 'NATOのストルテンベルグ事務総長は感謝した。', has: [['NATO', 'organization', 'org:nato'], ['ストルテンベルグ', 'person', 'person:jens-stoltenberg']] },
  { text: '司令官を務めるピーター・ベイズリー海軍少将は明かした。', has: [['ピーター・ベイズリー', 'person', 'person:ja:ピーター・ベイズリー']], not: ['ピーター・ベイズリー海軍少将'] },
  { text: 'マイケル・スミス氏とジェーン・ドウさんが来た。', has: [['マイケル・スミス', 'person', 'person:ja:マイケル・スミス'], ['ジェーン・ドウ', 'person', 'person:ja:ジェーン・ドウ']] },
  { text: '米軍はカーブルに留まる。', has: [['米', 'country', 'country:US'], ['米軍', 'organization', 'org:us-military'], ['カーブル', 'location', 'location:kabul']] },
  { text: 'カブール空港は混乱している。', has: [['カブール', 'location', 'location:kabul']] },
  { text: '日米同盟と中ロの接近、米英の協力。', has: [['日', 'country', 'country:JP'], ['米', 'country', 'country:US'], ['中', 'country', 'country:CN'], ['ロ', 'country', 'country:RU'], ['英', 'country', 'country:GB']] },
  { text: '英首相が訪米した。', has: [['英', 'country', 'country:GB'], ['米', 'country', 'country:US']] },
  { text: 'アルメニア軍とアゼルバイジャンが衝突した。', has: [['アルメニア軍', 'organization', 'org:am-military'], ['アルメニア', 'country', 'country:AM'], ['アゼルバイジャン', 'country', 'country:AZ']] },
  { text: 'タリバンとISISが空港を狙う。', has: [['タリバン', 'organization', 'org:taliban'], ['ISIS', 'organization', 'org:isis']] },
  // Known business people across scripts: a bare surname with their company in the text is them; マスク alone is a mask.
  { text: 'アップルの新製品について、ジョブズ氏が語った。ソフトバンクの孫正義社長も来た。', has: [['ジョブズ', 'person', 'person:steve-jobs'], ['孫正義', 'person', 'person:masayoshi-son']] },
  { text: 'マスクを着けて外出した。', has: [], not: ['マスク'] },
  { text: 'バイデン政権の失策だ。', has: [['バイデン政権', 'organization', 'org:joe-biden-administration'], ['バイデン', 'person', 'person:joe-biden']] },
  { text: '英国のThe Times紙とThe Daily Telegraph紙が報じた。', has: [['The Times', 'source', 'source:the-times'], ['The Daily Telegraph', 'source', 'source:the-daily-telegraph']] },
  { text: '出典:Department of Defense 米軍兵士', has: [['Department of Defense', 'organization', 'org:us-dod']] },
  { text: 'レッドフォックス株式会社は東京都千代田区に本社を置く。', has: [['レッドフォックス株式会社', 'organization', 'org:ja:レッドフォックス株式会社']] },
  { text: 'ジョージア州とジョージアは別だ。', has: [['ジョージア州', 'location', 'location:georgia-us'], ['ジョージア', 'country', 'country:GE']] },
  // What IPADIC wrongly calls proper nouns never becomes an entity.
  { text: 'Between PAGE TOP F-15QA オイオイオイ俺たち', has: [], not: ['Between', 'PAGE', 'TOP', 'F', 'QA', 'オイオイオイ'] },
  { text: '日中は暑いので米を炊いた。', has: [], not: ['日', '中', '米'] },
  // Wars and treaties named with abbreviations are names of their own; 国 after one makes the full name
  // (韓国); inside a word an abbreviation needs a prefix before it; names IPADIC knows are names.
  { text: '日露戦争と日中戦争の後、日米安全保障条約が結ばれた。', has: [], not: ['日', '露', '中', '米'] },
  { text: '在日韓国人の団体が日米首脳会談を歓迎した。', has: [['日', 'country', 'country:JP'], ['韓国', 'country', 'country:KR'], ['米', 'country', 'country:US']], not: ['韓'] },
  { text: '老中の土井利勝と宇土城。', has: [], not: ['中', '土', '宇'] },
  // An abbreviation opening a compound counts only before what a country has (forces, government,
  // press, firms, titles, names): 独女 is a single woman, 日用品 daily goods, 米粉 rice flour; 土日 is
  // the weekend, a word IPADIC knows, not Turkey and Japan.
  { text: '独女の本音と日用品の値上げ、米粉パン。', has: [], not: ['独', '日', '米'] },
  { text: '土日は休みです。', has: [], not: ['土', '日'] },
  { text: 'ジャパンの誇りとニッポンの力。', has: [['ジャパン', 'country', 'country:JP'], ['ニッポン', 'country', 'country:JP']] },
  { text: '独政府と米Appleと韓流ドラマ。', has: [['独', 'country', 'country:DE'], ['米', 'country', 'country:US'], ['韓', 'country', 'country:KR']] },
  { text: '英女優と米球界、仏俳優が来日した。', has: [['英', 'country', 'country:GB'], ['米', 'country', 'country:US'], ['仏', 'country', 'country:FR'], ['日', 'country', 'country:JP']] },
  { text: '日比首脳会談と中台関係。', has: [['日', 'country', 'country:JP'], ['比', 'country', 'country:PH'], ['中', 'country', 'country:CN'], ['台', 'country', 'country:TW']] },
  // Weak titles after katakana IPADIC does not know, and honorifics after common words, make no person.
  { text: 'スマートフォンケース社長とスタッフさん。', has: [], not: ['スマートフォンケース', 'スタッフ'] },
  { text: 'ホテル・コルテシアに泊まった。', has: [], not: ['ホテル・コルテシア'] },
  { text: 'ジョンソン氏が来日した。', has: [['ジョンソン', 'person', 'person:ja:ジョンソン'], ['日', 'country', 'country:JP']] },
  { text: 'バーデン=ヴュルテンベルク州の郡。', has: [['バーデン=ヴュルテンベルク州', 'location', 'location:ja:バーデン=ヴュルテンベルク州']] },
  // A city named with 市 is the city itself; a katakana place joined by ・ to more katakana is part of a name.
  { text: 'カーブル市内の空港とカブール。', has: [['カーブル市', 'location', 'location:kabul'], ['カブール', 'location', 'location:kabul']] },
  { text: '俳優のシドニー・ポワチエとシドニーの港。', has: [['シドニー・ポワチエ', 'person', 'person:ja:シドニー・ポワチエ'], ['シドニー', 'location', 'location:sydney']], not: ['ポワチエ'] },
  { text: '仁川空港からハミド・カルザイ大統領が発った。', has: [['仁川', 'location', 'location:incheon'], ['ハミド・カルザイ', 'person', 'person:hamid-karzai']] },
  // A place the gazetteers know, before a title, is the country of the title (British PM), no person.
  { text: 'イギリス首相とトルコ大統領が会った。', has: [['イギリス', 'country', 'country:GB'], ['トルコ', 'country', 'country:TR']] },
  // A known surname joined by ・ to a given name is that other person's (Dwayne Johnson), and a known one-name person (ローラ) inside a dotted name too.
  { text: 'ドウェイン・ジョンソンとローラ・ダーンが出演した。', has: [['ドウェイン・ジョンソン', 'person', 'person:ja:ドウェイン・ジョンソン'], ['ローラ・ダーン', 'person', 'person:ja:ローラ・ダーン']], not: ['ジョンソン', 'ローラ'] },
  { text: 'ジョンソン首相とタレントのローラが来た。', has: [['ジョンソン', 'person', 'person:boris-johnson'], ['ローラ', 'person', 'person:rola']] },
  // IPADIC splits some two-kanji given names (本田 圭 佑, 田中 将 大投手, 斎藤 佑 樹投手): the name is whole.
  { text: '本田圭佑選手と田中将大投手と斎藤佑樹投手。', has: [['本田圭佑', 'person', 'person:ja:本田圭佑'], ['田中将大', 'person', 'person:ja:田中将大'], ['斎藤佑樹', 'person', 'person:ja:斎藤佑樹']], not: ['本田圭', '佑', '田中将', '斎藤佑'] },
  // A place before an honorific is a surname, whether the gazetteers or IPADIC know the place.
  { text: '竹島氏と広島さんが来た。竹島は島だ。', has: [['竹島', 'location', 'location:takeshima']], not: ['広島'] },
  { text: 'ハミド・カルザイ国際空港に向かった。', has: [['ハミド・カルザイ国際空港', 'location', 'location:kabul-airport']], not: ['ハミド・カルザイ'] },
];

describe('Japanese extraction', () => {
  it.each(TABLE)('$text', ({ text, has, not = [] }) => {
    const mentions = ex.extract(text, { lang: 'ja' });
    const got = mentions.map((m) => [m.text, m.kind, m.entity.id]);
    for (const want of has) expect(got).toContainEqual(want);
    for (const surface of not) expect(mentions.map((m) => m.text)).not.toContain(surface);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads roles from the words around a name', () => {
    const roles = (t: string) => ex.extractText(t, { lang: 'ja' }).roles.map((r) => [r.personId, r.title, r.titleJa, r.ofId]);
    expect(roles('英国のジョンソン首相は述べた。')).toEqual([['person:boris-johnson', 'prime minister', '首相', 'country:GB']]);
    expect(roles('国防総省のジョン・カービー報道官は述べた。')).toEqual([['person:john-kirby', 'press secretary', '報道官', 'org:us-dod']]);
    expect(roles('NATOのストルテンベルグ事務総長は述べた。')).toEqual([['person:jens-stoltenberg', 'secretary general', '事務総長', 'org:nato']]);
    expect(roles('マイケル・スミス氏は述べた。')).toEqual([]);
    expect(roles('イギリス首相は述べた。')).toEqual([]);
  });
});
