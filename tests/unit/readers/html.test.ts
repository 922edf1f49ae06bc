import { describe, expect, it } from 'vitest';
import { stripSiteSuffix } from '../../../ingest/html-metadata.js';
import { parseHtml } from '../../../ingest/html-reader.js';
import { onlyArticle } from './fixtures.js';

const comments = (name: string) =>
  onlyArticle(name).article.comments.map((c) => [c.id, c.parentId, c.depth, c.author, c.postedAt, c.votes, c.lang]);

describe('HTML article pages: metadata', () => {
  it.each([
    ['wordpress-blog.html', { title: 'カナダ、北極圏の監視強化で新型哨戒機16機の調達を決定', lang: 'ja', publishedAt: '2023-12-01T09:30:00+09:00', category: '米州関連', site: '防衛ニュース航海日誌', author: null, url: 'https://kokai-nisshi.example.jp/2023/12/canada-p8/' }],
    ['ja-newspaper.html', { title: '政府、離島の港湾整備に補正予算1200億円\u3000防衛力強化も視野', lang: 'ja', publishedAt: '2024-01-15T05:00:00+09:00', category: '政治', site: '東洋中央新聞デジタル', author: '佐藤 美咲', url: 'https://www.toyo-chuo.example.jp/articles/20240115-port-budget' }],
    ['en-news.html', { title: 'Shipyard strike ends after workers accept 9% pay offer', lang: 'en', publishedAt: '2024-02-02T14:45:00Z', category: 'World news', site: 'The Northern Ledger', author: 'Hannah Moore', url: 'https://www.northern-ledger.example.com/world/2024/feb/02/shipyard-strike-ends' }],
    ['shift-jis.html', { title: '漁港に新しい冷凍倉庫が完成、水揚げの鮮度保持に期待', lang: 'ja', publishedAt: '2009-10-03', category: null, site: 'みなと日報', author: null, url: null }],
  ] as const)('%s', (name, expected) => {
    const { article } = onlyArticle(name);
    const { title, lang, publishedAt, category, site, author, url } = article;
    expect({ title, lang, publishedAt, category, site, author, url }).toEqual(expected);
    expect(article.id).toBe(url ?? article.id);
  });
});

describe('HTML article pages: the body is the article text only', () => {
  it.each([
    ['wordpress-blog.html', 'カナダ政府は30日', '北極圏の主権を巡る議論にも影響を与えそうだ。', ['参考:', '関連記事', 'ツイート', 'P-8Aなら米国や英国', '人気記事', 'PAGE TOP', 'メールアドレス', '米州関連']],
    ['ja-newspaper.html', '政府は離島の港湾整備に', '「住民への丁寧な説明を求めたい」と話した。', ['広告', 'アクセスランキング', 'フェリーの欠航', 'Copyright', 'ログイン', 'ポスト']],
    ['en-news.html', 'A six-week strike at the Clydeside shipyard', 'remains on track for delivery in 2028".', ['Subscribe', 'Sign up', 'Source:', 'Shipyard workers walk out', 'Good result for the workers', 'Share on X', 'About us']],
    ['shift-jis.html', 'みなと市の第二漁港に', '加工場を整備する計画も進めている。', ['トップ', 'Copyright', '2009年10月3日']],
  ])('%s', (name, first, last, absent) => {
    const { body } = onlyArticle(name).article;
    expect(body.startsWith(first)).toBe(true);
    expect(body.endsWith(last)).toBe(true);
    for (const text of absent) expect(body).not.toContain(text);
  });
});

describe('HTML article pages: comments with threads, authors, dates and votes', () => {
  it('WordPress nested comment list', () => {
    expect(comments('wordpress-blog.html')).toEqual([
      ['comment-1201', null, 0, '匿名', '2023-12-01T11:02:00+09:00', 15, 'ja'],
      ['comment-1202', 'comment-1201', 1, '北の国から', '2023-12-01T12:40:00+09:00', 4, 'ja'],
      ['comment-1205', 'comment-1202', 2, '匿名', '2023-12-02T08:15:00+09:00', null, 'ja'],
      ['comment-1210', null, 0, 'Arctic fan', '2023-12-03T21:05:00+09:00', 2, 'en'],
    ]);
    expect(onlyArticle('wordpress-blog.html').article.comments[0]!.text).toBe('P-8Aなら米国や英国との共同運用もしやすい。\n妥当な選択だと思う。');
  });

  it('schema.org Comment in JSON-LD', () => {
    expect(comments('ja-newspaper.html')).toEqual([
      ['c1', null, 0, '港町の住民', '2024-01-15T08:12:00+09:00', 31, 'ja'],
      ['c1.1', 'c1', 1, '元自衛官', '2024-01-15T09:40:00+09:00', 12, 'ja'],
      ['c2', null, 0, '匿名希望', '2024-01-16T07:03:00+09:00', null, 'ja'],
    ]);
  });

  it('schema.org Comment in microdata', () => {
    expect(comments('en-news.html')).toEqual([
      ['c1', null, 0, 'PortGlasgowPete', '2024-02-02T15:10:00Z', 42, 'en'],
      ['c1.1', 'c1', 1, 'fiscalhawk', '2024-02-02T15:32:00Z', 7, 'en'],
      ['c1.1.1', 'c1.1', 2, 'PortGlasgowPete', '2024-02-02T16:01:00Z', 19, 'en'],
      ['c2', null, 0, 'Morag S', '2024-02-03T09:05:00Z', null, 'en'],
    ]);
  });
});

describe('HTML article pages: sources and related articles', () => {
  it('参考/出典 lines become labelled sources, other outbound links plain sources', () => {
    expect(onlyArticle('wordpress-blog.html').article.sources).toEqual([
      { label: '参考', title: 'Canada announces acquisition of multi-mission aircraft', url: 'https://www.canada.example/news/2023/11/p8-acquisition.html' },
      { label: '出典', title: 'U.S. Navy', url: null, caption: '飛行中のP-8A' },
      { label: null, title: 'Janes', url: 'https://www.janes.example/defence-news/p8-canada' },
    ]);
    expect(onlyArticle('en-news.html').article.sources.map((s) => [s.label, s.url])).toEqual([
      ['Source', 'https://www.gov.example.uk/mod/frigate-update'],
      [null, 'https://www.unite.example.org/news/clydeside-ballot'],
    ]);
  });

  it('related: the 関連記事 link, previous/next and the related-posts list, with absolute URLs', () => {
    expect(onlyArticle('wordpress-blog.html').article.related.map((r) => r.title)).toEqual([
      'カナダ、北極圏の防衛投資を加速させる方針を表明',
      'ノルウェー、F-35Aの運用能力獲得を宣言',
      'ブラジル空軍、KC-390の追加調達を検討',
      '米海軍、P-8Aの能力向上改修を開始',
      '英空軍のポセイドン、北大西洋での哨戒任務を拡大',
    ]);
    expect(onlyArticle('en-news.html').article.related[0]).toEqual({ title: 'Shipyard workers walk out over pay', url: 'https://www.northern-ledger.example.com/world/2024/jan/10/shipyard-strike-begins' });
  });
});

describe('titles without the site name', () => {
  it.each([
    ['Shipyard strike ends | World news | The Northern Ledger', 'The Northern Ledger', null, 'Shipyard strike ends | World news'],
    ['政府、補正予算を決定：東洋中央新聞デジタル', '東洋中央新聞デジタル', null, '政府、補正予算を決定'],
    ['Harbour News - Ferry fares rise', null, 'www.harbournews.example.com', 'Ferry fares rise'],
    ['Biden - Xi talks: what we know', null, null, 'Biden - Xi talks: what we know'],
  ])('%s', (title, site, host, expected) => {
    expect(stripSiteSuffix(title, site, host)).toBe(expected);
  });

  it.each([
    ['og:title is a reworded share title', '<meta property="og:title" content="Ferry fares to rise by 5% in April">', '<h1>Ferry fares to rise 5% from April</h1>', 'Ferry fares to rise 5% from April'],
    ['the h1 is the site logo', '<meta property="og:title" content="Ferry fares rise"><meta property="og:site_name" content="Harbour News">', '<h1>Harbour News</h1>', 'Ferry fares rise'],
    ['the h1 is a section name', '<meta property="og:title" content="Ferry fares rise as fuel costs climb">', '<h1>Business</h1>', 'Ferry fares rise as fuel costs climb'],
    ['Japanese, share title with a suffix', '<meta property="og:title" content="離島フェリー、4月から運賃5%値上げ｜みなと日報">', '<h1>離島フェリー、4月から運賃を5%値上げ</h1>', '離島フェリー、4月から運賃を5%値上げ'],
  ])('title when %s', (_name, head, h1, expected) => {
    const html = `<html><head><title>x</title>${head}</head><body>${h1}<article><p>Fares on the island ferries will rise from April, the operator said on Monday, citing fuel costs and crew shortages.</p></article></body></html>`;
    expect(parseHtml(html, 'inline.html').articles[0]!.title).toBe(expected);
  });

  it('prefers the h1 that og:title agrees with', () => {
    const html = '<html><head><title>Ferry fares rise - Harbour News</title><meta property="og:title" content="Ferry fares rise"></head><body><h1>Harbour News</h1><article><h1>Ferry fares rise</h1><p>Fares on the island ferries will rise by 5% from April, the operator said on Monday, citing fuel costs.</p></article></body></html>';
    expect(parseHtml(html, 'inline.html').articles[0]!.title).toBe('Ferry fares rise');
  });
});

describe('pages saved from a browser', () => {
  it.each([
    ['<!-- saved from url=(0044)https://harbour.example.com/2024/ferry-fares -->\n<html>', 'https://harbour.example.com/2024/ferry-fares'],
    ['<!--\n Page saved with SingleFile \n url: https://harbour.example.com/2024/ferry-fares \n saved date: Mon Mar 04 2024\n-->\n<html>', 'https://harbour.example.com/2024/ferry-fares'],
    ['<html><head><link rel="canonical" href="https://harbour.example.com/canonical"></head>', 'https://harbour.example.com/canonical'],
    ['<html>', null],
  ])('%j → %s', (start, url) => {
    const html = `${start}<head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1><p>Fares on the island ferries will rise from April, the operator said on Monday, citing fuel costs.</p></article></body></html>`;
    expect(parseHtml(html, 'saved.html').articles[0]!.url).toBe(url);
  });
});

describe('JSON-LD shapes', () => {
  const page = (ld: unknown) => `<html><head><title>x</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><p>Fares on the island ferries will rise from April, the operator said on Monday, citing fuel costs.</p></article></body></html>`;
  const article = { '@type': 'NewsArticle', headline: 'Ferry fares rise', datePublished: '2024-03-04T09:00:00+09:00', inLanguage: 'en', articleSection: 'Business' };
  it.each([
    ['alone', { '@context': 'https://schema.org', ...article }],
    ['in @graph', { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Harbour News' }, article] }],
    ['in an array', [{ '@type': 'BreadcrumbList' }, article]],
    ['as a WebPage’s mainEntity', { '@context': 'https://schema.org', '@type': 'WebPage', mainEntity: article }],
    ['with a list of types', { ...article, '@type': ['NewsArticle', 'Article'] }],
  ])('%s', (_name, ld) => {
    const a = parseHtml(page(ld), 'ld.html').articles[0]!;
    expect([a.title, a.publishedAt, a.lang, a.category]).toEqual(['Ferry fares rise', '2024-03-04T09:00:00+09:00', 'en', 'Business']);
  });
});
