import { beforeAll, describe, expect, it } from 'vitest';
import { TIER, type Candidate } from '../../../src/extract/candidate.js';
import { otherSenseOf, type Extractor } from '../../../src/extract/index.js';
import { endBeforeTails, jaCommonWords, jaGenericTails, withoutCommonWords, withoutGenericTails } from '../../../src/extract/ja/common-words.js';
import { withTaggerSupport } from '../../../src/extract/ja/tagger-support.js';
import { loadJaTokenizer, type JaTokenizer } from '../../../src/extract/ja/tokenizer.js';
import { webAddresses, withoutWebAddresses } from '../../../src/extract/ja/web-addresses.js';
import { creditLines } from '../../../src/extract/ja/credit-lines.js';
import { withoutKatakanaPieces } from '../../../src/extract/ja/word-pieces.js';
import { loadFullExtractor } from '../../helpers/extractor.js';

// Classes of errors the precision audit on real news found (scripts/audit-entities.ts, docs/eval.md).

const c = (start: number, end: number, kind: Candidate['kind'], tier: number, entityIds?: string[]): Candidate =>
  entityIds ? { start, end, kind, tier, entityIds } : { start, end, kind, tier };

describe('withoutCommonWords: common nouns name nothing', () => {
  // アプリ 0-3, の 3, クリエイター 4-10, と 10, パープル 11-15
  const TEXT = 'アプリのクリエイターとパープル';
  it.each<[string, Candidate, boolean]>([
    ['a tagger person on a loanword goes', c(0, 3, 'person', TIER.tagger), false],
    ['an IPADIC organization on a loanword goes', c(4, 10, 'organization', TIER.ipadic), false],
    ['a rule person on a colour goes', c(11, 15, 'person', TIER.rule), false],
    ['a span longer than the word stays', c(0, 10, 'organization', TIER.tagger), true],
    ['a title rule stays (a title says it is a person)', c(11, 15, 'person', TIER.title), true],
    ['a dictionary hit stays', c(11, 15, 'organization', TIER.gazetteer, ['org:x']), true],
  ])('%s', (_name, candidate, kept) => {
    expect(withoutCommonWords(TEXT, [candidate])).toEqual(kept ? [candidate] : []);
  });

  it('the list holds loanwords and katakana spellings, and no surname the gold sets mark alone', () => {
    const words = jaCommonWords();
    for (const w of ['アプリ', 'クリエイター', 'オトコ', 'パープル']) expect(words.has(w)).toBe(true);
    for (const w of ['ブラック', 'ウェブ', 'ブラウン']) expect(words.has(w)).toBe(false);
  });
});

describe('withoutGenericTails: a name ends before a generic noun written against it', () => {
  it.each<[string, string]>([
    ['Googleロゴ', 'Google'],
    ['Peachyアプリ', 'Peachy'],
    ['auスマートフォン', 'au'],
    ['小倉智昭キャスター', '小倉智昭'],
    ['EMOBILE LTE', 'EMOBILE'],
    ['Tegra3クアッドコアCPU', 'Tegra3'],
    ['サムネイル', 'サムネイル'], // katakana against katakana: no break of script before ネイル
    ['マリー・アントワネット', 'マリー・アントワネット'],
    ['日本マイクロソフト', '日本マイクロソフト'],
    ['アプリ', 'アプリ'], // the noun alone is withoutCommonWords' to judge
  ])('%s → %s', (name, kept) => {
    expect(name.slice(0, endBeforeTails(name, 0, name.length))).toBe(kept);
  });

  it('cuts unbacked spans only, and drops none that keeps a name', () => {
    const text = 'Googleロゴと小倉智昭キャスター';
    const tagged = c(0, 8, 'organization', TIER.tagger);
    const known = c(9, 18, 'person', TIER.gazetteer, ['person:x']);
    expect(withoutGenericTails(text, [tagged, known])).toEqual([{ ...tagged, end: 6 }, known]);
  });

  it('keeps メンバー and 市場 inside names, as the gold sets do', () => {
    expect(jaGenericTails().has('メンバー')).toBe(false);
    expect(jaGenericTails().has('市場')).toBe(false);
  });
});

describe('withoutKatakanaPieces: no name begins or ends inside a katakana word', () => {
  // ブルー 0-3, レイ 3-5, ＆ 5, ジョン 6-9, ・ 9, ウォーク 10-14, マン 14-16
  const TEXT = 'ブルーレイ＆ジョン・ウォークマン';
  it.each<[string, Candidate, boolean]>([
    ['a piece cut off the end of a katakana word goes (レイ of ブルーレイ)', c(3, 5, 'person', TIER.tagger), false],
    ['a piece cut off the start goes (ブルー)', c(0, 3, 'location', TIER.ipadic), false],
    ['the whole word stays', c(0, 5, 'organization', TIER.tagger), true],
    ['a name ending at ・ stays (ジョン)', c(6, 9, 'person', TIER.rule), true],
    ['a name starting after ・ but ending inside a word goes (ウォーク)', c(10, 14, 'person', TIER.tagger), false],
    ['a dictionary hit with its entity stays', c(3, 5, 'organization', TIER.rule, ['org:x']), true],
    ['a title rule stays', c(14, 16, 'person', TIER.title), true],
  ])('%s', (_name, candidate, kept) => {
    expect(withoutKatakanaPieces(TEXT, [candidate])).toEqual(kept ? [candidate] : []);
  });
});

describe('webAddresses: links and file names are no entities', () => {
  it.each<[string, string[]]>([
    ['詳細はhttp://news.example.com/article/12/まで', ['http://news.example.com/article/12/']],
    ['サイトwww.example.jpで', ['www.example.jp']],
    ['news.example.comの記事', ['news.example.com']],
    ['setup.exeを実行', ['setup.exe']],
    ['Amazon.co.jpで買う', []], // a company writing its name
    ['Ver.2.0とU.S.の話', []],
    ['ソニーの新製品', []],
  ])('%s', (text, want) => {
    expect(webAddresses(text).map(([s, e]) => text.slice(s, e))).toEqual(want);
  });

  it('drops the candidates overlapping an address, whatever proposed them', () => {
    const text = 'ソニー http://store.example.com/';
    const sony = c(0, 3, 'organization', TIER.gazetteer, ['org:sony']);
    const store = c(11, 18, 'organization', TIER.tagger);
    const google = c(17, 24, 'organization', TIER.gazetteer, ['org:x']);
    expect(withoutWebAddresses(text, [sony, store, google])).toEqual([sony]);
  });
});

describe('creditLines: copyright notices of photos and bylines\' role words are no entities', () => {
  it.each<[string, string[]]>([
    ['＜Photo＞(c)Paylessimages,Inc.All Right Reserved.', ['(c)Paylessimages,Inc.All Right Reserved.']],
    ['（Photo）Copyright Paylessimages,Inc. All Rights Reserved. 次の話題', ['Copyright Paylessimages,Inc. All Rights Reserved.']],
    ['© Studio Velmor All rights reserved', ['© Studio Velmor All rights reserved']],
    ['Paylessimagesの写真', []],
    // A byline's role words, not the names after them, nor 文 inside a word or a title's 文.
    ['（写真：小林友美 構成・文：村上佳代）', ['写真：', '文：']],
    ['取材・文: 山田', ['文:']],
    ['論文：山田太郎。文大統領は述べた。', []],
  ])('%s', (text, want) => {
    expect(creditLines(text).map(([s, e]) => text.slice(s, e))).toEqual(want);
  });
});

describe('otherSenseOf: IPADIC organizations that are also surnames or adverbial nouns', () => {
  let tokenizer: JaTokenizer;
  beforeAll(async () => {
    tokenizer = await loadJaTokenizer();
  }, 60_000);
  it.each<[string, boolean]>([
    ['金子', true], // a surname too
    ['安藤', true],
    ['毎日', true], // "every day"
    ['サントリー', false],
    ['シャープ', false], // a foreign surname too, but in katakana mostly the firm
    ['講談社', false],
    ['自民党', false],
    ['ゼベダヨ', false], // unknown to IPADIC
  ])('%s → %s', (word, other) => {
    expect(otherSenseOf(tokenizer)(word)).toBe(other);
  });

  it('a standalone IPADIC organization with another sense needs the tagger', () => {
    const text = '金子：講談社';
    const kaneko = c(0, 2, 'organization', TIER.ipadic);
    const kodansha = c(3, 6, 'organization', TIER.ipadic);
    expect(withTaggerSupport(text, [kaneko, kodansha], [], otherSenseOf(tokenizer))).toEqual([kodansha]);
  });
});

describe('the full extractor on sentences like real news (with the tagger)', () => {
  let ex: Extractor;
  beforeAll(async () => {
    ex = await loadFullExtractor();
  }, 60_000);

  // Each row: the sentence, the surfaces that must not be mentions, the mentions that must stay.
  it.each<[string, string[], Array<[string, string]>]>([
    ['アプリは無料だ。', ['アプリ'], []],
    ['他のアプリが株式投資に偏る中、これは違う。', ['アプリ'], []],
    ['パープルを基調にしたデザインだ。', ['パープル'], []],
    ['オトコはいつも勝手だ。', ['オトコ'], []],
    ['カラダが資本だという。', ['カラダ'], []],
    ['アナタが選ぶのは誰？', ['アナタ'], []],
    ['詳しくはコチラから。', ['コチラ'], []],
    ['USBとHDMIで接続し、NASに保存する。', ['USB', 'HDMI', 'NAS'], []],
    ['オトナの魅力があふれる。', ['オトナ'], []],
    ['チャラ男にキュンとする。アラサー女子に人気のミラーレスカメラ。', ['チャラ男', 'キュン', 'アラサー', 'ミラーレスカメラ'], []],
    ['レノボとエフセキュアとミクシィが提携した。', [], [['レノボ', 'organization'], ['エフセキュア', 'organization'], ['ミクシィ', 'organization']]],
    ['今回のGoogleロゴのトップページは新体操だ。', ['Googleロゴ'], [['Google', 'organization']]],
    ['以上、Peachyアプリの登録数ランキングでした。', ['Peachyアプリ'], [['Peachy', 'organization']]],
    ['滝鼻卓雄オーナーが会見した。小倉智昭キャスターが語った。', ['滝鼻卓雄オーナー', '小倉智昭キャスター'], [['滝鼻卓雄', 'person'], ['小倉智昭', 'person']]],
    ['モバイルWi-Fiルーターは必須だ。ライフハックやデータ通信の話。', ['ルーター', 'ライフハック', 'データ通信'], []],
    ['RAMは2GB。SSL／TLS通信を行います。', ['RAM', 'TLS'], []],
    ['フィーチャーフォンを持つアスリート。OFFにしてSMSで送る。', ['フィーチャーフォン', 'アスリート', 'OFF', 'SMS'], []],
    ['リストのピアノ曲を聴いた。', [], [['リスト', 'person']]],
    ['みーちゃんと、はーさんと、北原里英が来た。', ['ー'], [['北原里英', 'person']]],
    ['横浜さんと広島さんが来た。ドコモさんは広島で会議した。', [], [['横浜', 'person'], ['広島', 'person'], ['ドコモ', 'organization'], ['広島', 'location']]],
    ['クロモリのフレームにジェルを塗り、デジカメで撮る。', ['クロモリ', 'ジェル', 'デジカメ'], []],
    ['ローソンとピクサーとスタジオジブリとボーダフォン。', [], [['ローソン', 'organization'], ['ピクサー', 'organization'], ['スタジオジブリ', 'organization'], ['ボーダフォン', 'organization']]],
    ['（写真：小林友美 構成・文：村上佳代）', ['文'], [['小林友美', 'person']]],
    ['韓国の文大統領は述べた。', [], [['文', 'person']]],
    ['ウィルコムは9日、新機種を発表した。イー・モバイルも続いた。', [], [['ウィルコム', 'organization'], ['イー・モバイル', 'organization']]],
    ['「竹島は日本の領土」と書かれた杭。竹島氏が会見した。', [], [['竹島', 'location'], ['竹島', 'person']]],
    ['スコットランドとイングランドと北米で発売された。', [], [['スコットランド', 'location'], ['イングランド', 'location'], ['北米', 'location']]],
    ['ヴァンパイアが夜の町に現れる。', ['ヴァンパイア'], []],
    ['人気のウィジェットが使える。', ['ウィジェット'], []],
    ['今年のバレンタインは週末だ。', ['バレンタイン'], []],
    ['ボビー・バレンタイン監督が語った。', [], [['ボビー・バレンタイン', 'person']]],
    ['ブルーレイ＆DVDが発売された。', ['レイ'], []],
    ['ウォークマンの新モデルが出た。', ['ウォークマン'], []],
    ['金子：そう思いますね。', ['金子'], []],
    ['金子さんはそう答えた。', [], [['金子', 'person']]],
    ['毎日を楽しく過ごす女性たち。', ['毎日'], []],
    ['サッカー漬けの毎日を送る。', ['毎日'], []],
    ['サントリーの新商品が出た。', [], [['サントリー', 'organization']]],
    ['シャープの新製品が出た。', [], [['シャープ', 'organization']]],
    ['ストア：http://play.google.com/store/apps/ から入手できる。', ['play.google.com', 'http://play.google.com'], []],
    ['おすすめです。＜Photo＞(c)Paylessimages,Inc.All Right Reserved.', ['Paylessimages,Inc.All', 'Paylessimages'], []],
    ['詳細はnews.livedoor.comの記事で。', ['news.livedoor.com'], []],
    ['解凍するとempty.exeが現れる。', ['empty.exe'], []],
    ['小国が大国に貸しを作る好機だ。', ['小国', '大国'], []],
    ['同盟国との協議が続いた。', ['同盟国'], []],
    // A company the dictionary knows does not cut short the longer name it heads.
    ['ソフトバンク株式会社が発表した。', [], [['ソフトバンク株式会社', 'organization'], ['ソフトバンク', 'organization']]],
    ['トヨタグループの決算が出た。', [], [['トヨタグループ', 'organization']]],
    ['孫正義氏は、Twitterを通じて発言した。', [], [['Twitter', 'organization'], ['孫正義', 'person']]],
    // A surname that is also a prefecture: the person the tagger read stands.
    ['ライターの兵庫慎司が語った。', ['兵庫'], [['兵庫慎司', 'person']]],
    ['奈良竜樹選手が先発した。', ['奈良'], [['奈良竜樹', 'person']]],
    ['兵庫県の知事が語った。', [], [['兵庫県', 'location']]],
    // The tagger ended the name at ＝; ・ between two names still lists two people.
    ['哲学者ジャン＝ポール・サルトルの妻だった。', ['ジャン', 'ポール・サルトル'], [['ジャン＝ポール・サルトル', 'person']]],
    ['ジャン=リュック・ゴダール監督の映画。', ['ジャン'], [['ジャン=リュック・ゴダール', 'person']]],
    // The tagger opened these spans on the line break before the name.
    ['対応はまちまちで、\n国防省で動いているのは一部だけだ', ['\n国防省'], [['国防省', 'organization']]],
    ['方針が揺れている\n\n国防省、国務省の足並みも乱れた', ['\n\n国防省'], [['国防省', 'organization'], ['国務省', 'organization']]],
  ])('%s', (text, gone, kept) => {
    const mentions = ex.extract(text, { lang: 'ja' });
    const surfaces = mentions.map((m) => m.text);
    for (const g of gone) expect(surfaces).not.toContain(g);
    for (const k of kept) expect(mentions.map((m) => [m.text, m.kind])).toContainEqual(k);
  });
});
