import { describe, expect, it } from 'vitest';
import { dateFromFileName, parsePageText } from '../../../ingest/page-text.js';
import { splitCredit } from '../../../ingest/page-sources.js';
import { onlyArticle } from './fixtures.js';

describe('page text like the seed (page-ja.txt)', () => {
  const { article, rejected } = onlyArticle('page-ja.txt');

  it.each([
    ['category', '欧州関連'],
    ['title', 'ドイツとフランス、共同開発の次期戦車計画で作業分担の見直しに合意'],
    ['lang', 'ja'],
    ['publishedAt', null],
    ['url', null],
    ['site', null],
  ] as const)('%s', (field, expected) => {
    expect(article[field]).toBe(expected);
  });

  it('keeps no rejection', () => expect(rejected).toEqual([]));

  it('body runs from the first paragraph to the closing line, without sources, related lists, comments or chrome', () => {
    expect(article.body.startsWith('ドイツのピストリウス国防相')).toBe(true);
    expect(article.body.endsWith('計画が本当に動き出すのかは来年の予算次第だろう。')).toBe(true);
    expect(article.body).toContain('両国の企業連合はこれまで主導権を巡って対立しており');
    for (const outside of ['参考:', '出典:', '会談に臨む両国の国防相', '関連記事', 'アイキャッチ', '前のページ', 'スペイン陸軍', '独仏の共同開発はいつも揉める', 'トラックバック', 'PAGE TOP']) {
      expect(article.body).not.toContain(outside);
    }
    expect(article.body.split('\n\n')).toHaveLength(5);
  });

  it('sources: 参考 with titles, 出典 credits with their captions apart', () => {
    expect(article.sources).toEqual([
      { label: '参考', title: 'Germany and France agree to reshuffle work on joint tank project', url: null },
      { label: '出典', title: 'Bundeswehr', url: null, caption: '会談に臨む両国の国防相' },
      { label: '出典', title: '防衛装備庁', url: null, caption: '試験中の戦車' },
      { label: '参考', title: 'Joint press statement of the defence ministers', url: null },
    ]);
  });

  it('related: the inline link, previous/next pages, the related list and the ranking, by title', () => {
    expect(article.related.map((r) => r.title)).toEqual([
      '欧州の戦車開発、独仏の対立が深まり計画は白紙に戻る可能性も',
      'ポーランド、韓国製戦車の追加調達で最終合意',
      'イタリア海軍、新型哨戒艦の2番艦を受領',
      'スペイン陸軍、装輪装甲車の調達数を300両に拡大',
      '米陸軍、次世代戦闘車両の試作車を公開',
      'エジプト、新型フリゲートの就役を発表',
      '戦車の履帯はなぜ外れるのか？',
    ]);
  });

  it('comments: threads from indentation, authors, dates, votes or null', () => {
    expect(article.comments.map((c) => [c.id, c.parentId, c.depth, c.author, c.postedAt, c.votes, c.lang])).toEqual([
      ['c1', null, 0, '匿名', '2023-12-15', 12, 'ja'],
      ['c1.1', 'c1', 1, '匿名', '2023-12-15', 7, 'ja'],
      ['c1.1.1', 'c1.1', 2, '匿名', '2023-12-16', 3, 'ja'],
      ['c1.2', 'c1', 1, '匿名', '2023-12-16', null, 'ja'],
      ['c2', null, 0, '名無しの軍事ファン', '2023-12-17', 1, 'en'],
    ]);
    expect(article.comments[0]!.text).toBe('独仏の共同開発はいつも揉めるな\n戦闘機の方も同じだし');
    expect(article.comments[3]!.text).toBe('スペインが入るとさらに複雑になりそう');
  });

  it('is stable: the same input gives the same ids', () => {
    const again = onlyArticle('page-ja.txt').article;
    expect(again.id).toBe(article.id);
    expect(again.id).toMatch(/^sha256:[0-9a-f]{24}$/);
  });
});

describe('page text in English (page-en.txt)', () => {
  const { article } = onlyArticle('page-en.txt');
  it('reads the header, sources and comments', () => {
    expect([article.category, article.title, article.lang]).toEqual(['Asia-Pacific', 'Australia and Japan sign port access agreement for naval vessels', 'en']);
    expect(article.body.endsWith('Officials said the first joint repair is planned for next year.')).toBe(true);
    expect(article.sources).toEqual([
      { label: 'Source', title: 'Reuters report on the signing ceremony', url: null },
      { label: 'Image', title: 'Royal Australian Navy HMAS Anzac entering Sasebo', url: null, caption: null },
    ]);
    expect(article.comments.map((c) => [c.id, c.parentId, c.author, c.postedAt, c.votes])).toEqual([
      ['c1', null, 'Harbour watcher', '2024-03-04', 5],
      ['c1.1', 'c1', 'K. Tanaka', '2024-03-05', null],
      ['c2', null, 'Anonymous', '2024-03-06', null],
    ]);
  });
});

describe('page text without a category (page-plain.txt)', () => {
  const { article } = onlyArticle('page-plain.txt');
  it('takes the first line as the title', () => {
    expect([article.category, article.title]).toEqual([null, '町の図書館、開館時間を夜9時まで延長']);
    expect(article.body.split('\n\n')).toHaveLength(2);
    expect(article.comments).toEqual([]);
  });
});

describe('page text: the shapes of the seed, one at a time', () => {
  it.each([
    ['CRLF line ends', '国内\r\n\r\n見出し\r\n\r\n本文です。\r\n', { category: '国内', title: '見出し', body: '本文です。' }],
    ['CR line ends', '国内\r\r見出し\r\r本文です。\r', { category: '国内', title: '見出し', body: '本文です。' }],
    ['a full-width colon', '国内\n\n見出し\n\n本文です。\n\n参考：Tokyo Shimbun\n', { category: '国内', title: '見出し', body: '本文です。' }],
    ['a body that ends at PAGE TOP', '見出し\n\n本文です。\nPAGE TOP\nフッター', { category: null, title: '見出し', body: '本文です。' }],
    ['a date under the title', '見出し\n\n2021年8月21日\n\n本文です。', { category: null, title: '見出し', body: '本文です。', publishedAt: '2021-08-21' }],
    ['a date under category and title', 'Politics\n\nFerry fares rise\n\nMarch 4, 2024\n\nFares rise by 5%.', { category: 'Politics', title: 'Ferry fares rise', body: 'Fares rise by 5%.', publishedAt: '2024-03-04' }],
  ])('%s', (_name, input, expected) => {
    const result = parsePageText(input.replace(/\r\n?/g, '\n'), 'inline.txt');
    const a = result.articles[0]!;
    expect({ category: a.category, title: a.title, body: a.body, publishedAt: a.publishedAt }).toEqual({ publishedAt: null, ...expected });
  });

  it.each([
    ['Public Domain ジョンソン首相とバイデン大統領', { title: 'Public Domain', caption: 'ジョンソン首相とバイデン大統領' }],
    ['Department of Defense 赤ちゃんを抱きかかえる米軍兵士', { title: 'Department of Defense', caption: '赤ちゃんを抱きかかえる米軍兵士' }],
    ['防衛省　護衛艦いずも', { title: '防衛省', caption: '護衛艦いずも' }],
    ['U.S. Navy', { title: 'U.S. Navy', caption: null }],
  ])('出典 %s', (value, expected) => {
    expect(splitCredit(value)).toEqual(expected);
  });
});

describe('page text: the date from the file name when the page has no date line', () => {
  it.each([
    ['pages/2021-08-17_kabul-airport.txt', '2021-08-17'],
    ['C:\\saved\\20210817-kabul.txt', '2021-08-17'],
    ['2024-03-04.txt', '2024-03-04'],
    ['000_d54b11a56f137d42.txt', null],
    ['2021-13-01_month-13.txt', null],
    ['2021-02-30_no-such-day.txt', null],
    ['202108171_more-digits.txt', null],
    ['kabul-2021-08-17.txt', null],
  ])('%s → %s', (name, expected) => {
    expect(dateFromFileName(name)).toBe(expected);
  });

  it.each([
    ['no date line: the name gives it', '見出し\n\n本文です。', 'pages/2021-08-17_x.txt', '2021-08-17'],
    ['a date line wins over the name', '見出し\n\n2021年8月21日\n\n本文です。', 'pages/2021-08-17_x.txt', '2021-08-21'],
    ['neither: no date', '見出し\n\n本文です。', 'pages/x.txt', null],
  ])('%s', (_name, text, file, expected) => {
    expect(parsePageText(text, file).articles[0]!.publishedAt).toBe(expected);
  });
});

describe('page text: where the comments start', () => {
  it.each([
    ['unindented bullets without a heading', '見出し\n\n本文です。\n\n• 匿名\n• 2021年 8月 21日\n\nコメントです。\n\n3\n', { body: '本文です。', comments: [['c1', '匿名', '2021-08-21', 3, 'コメントです。']] }],
    ['a bulleted list inside the body is body', '見出し\n\n要点は次の通り。\n\n• 燃料費の高騰\n• 人手不足\n\n以上。\n', { body: '要点は次の通り。\n\n• 燃料費の高騰\n\n• 人手不足\n\n以上。', comments: [] }],
  ])('%s', (_name, input, expected) => {
    const a = parsePageText(input, 'inline.txt').articles[0]!;
    expect({ body: a.body, comments: a.comments.map((c) => [c.id, c.author, c.postedAt, c.votes, c.text]) }).toEqual(expected);
  });
});
