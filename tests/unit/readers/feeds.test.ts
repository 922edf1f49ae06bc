import { describe, expect, it } from 'vitest';
import { parseFixture } from './fixtures.js';

describe('feeds: one article per item', () => {
  it.each([
    ['feed.rss', [
      { id: 'minato-world-20240301-01', url: 'https://minato-nippo.example.jp/world/2024/03/india-carrier', title: 'インド、国産空母の2番艦建造を承認', lang: 'ja', publishedAt: '2024-03-01T01:30:00Z', category: 'アジア', site: 'みなと日報 国際ニュース', author: '国際部', body: 'インド政府は1日、国産空母の2番艦の建造計画を承認した。\n\n就役は2030年代半ばを見込む。' },
      { id: 'https://minato-nippo.example.jp/world/2024/03/ph-jp-drill', url: 'https://minato-nippo.example.jp/world/2024/03/ph-jp-drill', title: 'Philippines and Japan hold first joint coast guard drill', lang: 'en', publishedAt: '2024-03-02T08:00:00Z', category: null, site: 'みなと日報 国際ニュース', author: null, body: 'The coast guards of the Philippines and Japan held their first joint drill off Manila on Saturday.' },
    ]],
    ['feed.atom', [
      { id: 'tag:harbour-desk.example.org,2024:rotterdam-volumes', url: 'https://harbour-desk.example.org/2024/04/rotterdam-volumes', title: 'Rotterdam port volumes fall for a second year', lang: 'en', publishedAt: '2024-04-09T05:15:00Z', category: 'Europe', site: 'Harbour Desk', author: 'Pieter de Vries', body: 'Container volumes at the Port of Rotterdam fell 4% in 2023.\n\nThe port authority blamed weaker trade with China and Germany.' },
      { id: 'tag:harbour-desk.example.org,2024:busan-terminal', url: 'https://harbour-desk.example.org/2024/04/busan-terminal', title: 'Busan opens automated terminal', lang: 'en', publishedAt: '2024-04-10T03:00:00Z', category: null, site: 'Harbour Desk', author: null, body: "South Korea's largest port opened its first fully automated container terminal." },
    ]],
    ['feed.rdf', [
      { id: 'https://blog.example.jp/1', url: 'https://blog.example.jp/1', title: '英国、空母打撃群をインド太平洋に派遣', lang: 'ja', publishedAt: '2021-08-21T01:00:00Z', category: '欧州関連', site: '軍事ブログ', author: '管理人', body: '英国は空母クイーン・エリザベスを中心とする打撃群を派遣した。' },
    ]],
  ])('%s', (name, expected) => {
    const { articles, rejected } = parseFixture(name);
    expect(rejected).toEqual([]);
    expect(articles.map(({ id, url, title, lang, publishedAt, category, site, author, body }) => ({ id, url, title, lang, publishedAt, category, site, author, body }))).toEqual(expected);
  });
});
