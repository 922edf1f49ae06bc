import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../../ingest/dates.js';
import { detectFormat } from '../../../ingest/detect-format.js';
import { detectLang, normalizeLang } from '../../../ingest/detect-lang.js';

describe('language of a text', () => {
  it.each([
    ['米国はタリバンとの交渉内容を共有していない', 'ja'],
    ['The Taliban said on Monday that talks would continue.', 'en'],
    ['NATOのストルテンベルグ事務総長はAzerbaijanに感謝した', 'ja'],
    ['Leopard 2 is still good enough for most armies. 笑', 'en'],
    ['北京', 'ja'],
    ['12345 !!!', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(detectLang(text)).toBe(expected);
  });

  it.each([
    ['ja-JP', 'ja'], ['ja_JP', 'ja'], ['en-GB', 'en'], ['English', 'en'], ['de', null], [undefined, null],
  ])('declared %s → %s', (value, expected) => {
    expect(normalizeLang(value)).toBe(expected);
  });
});

describe('format of an input', () => {
  it.each([
    ['a.txt', '米国関連\n\n見出し\n\n本文', 'page'],
    ['a.html', '<!DOCTYPE html><html><body></body></html>', 'html'],
    ['a.txt', '<html lang="ja"><head>', 'html'],
    ['a', '<?xml version="1.0"?>\n<rss version="2.0"><channel>', 'rss'],
    ['a.xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', 'atom'],
    ['a.json', '{"id":1}\n{"id":2}\n', 'jsonl'],
    ['a.json', '{"articles":[]}', 'json'],
    ['a.jsonl', '{"id":1}', 'jsonl'],
    ['a', '[{"id":1}]', 'json'],
    ['a.html', 'plain words only', 'page'],
  ])('%s %j → %s', (name, head, expected) => {
    expect(detectFormat(name, head)).toBe(expected);
  });
});

describe('dates as pages write them', () => {
  it.each([
    ['2021年 8月 21日', '2021-08-21'],
    ['2023年12月1日 11:02', '2023-12-01T11:02'],
    ['２０２１年８月２１日', '2021-08-21'],
    ['2021/08/21 10:15', '2021-08-21T10:15'],
    ['2010-05-22T14:30:00+0900', '2010-05-22T14:30:00+09:00'],
    ['2024-02-02T14:45:00.000Z', '2024-02-02T14:45:00Z'],
    ['March 4, 2024', '2024-03-04'],
    ['Aug 21, 2021 at 3:05 pm', '2021-08-21T15:05'],
    ['21 August 2021', '2021-08-21'],
    ['Fri, 01 Mar 2024 10:30:00 +0900', '2024-03-01T01:30:00Z'],
    ['2021年13月1日', null],
    ['匿名', null],
    ['22', null],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('neither Japanese nor English', () => {
  it.each([
    ['Die Bundesregierung hat am Montag beschlossen, die Hilfe für die Ukraine auszuweiten und weitere Panzer zu liefern.', null],
    ['Le gouvernement a annoncé lundi une nouvelle aide pour les agriculteurs touchés par la sécheresse.', null],
    ['美国国务卿布林肯周一表示，美国将继续与盟友协调，确保阿富汗撤离行动顺利进行。', null],
    ['The government said on Monday that it would extend aid to farmers hit by the drought.', 'en'],
    ['米国務長官は月曜日、同盟国と調整を続けると述べた。', 'ja'],
  ])('%s → %s', (text, expected) => {
    expect(detectLang(text)).toBe(expected);
  });
});

describe('a date inside a line', () => {
  it.each([
    ['名無し 2021/08/21(土) 10:00:15', '2021-08-21T10:00:15'],
    ['Posted by Kim on March 4, 2024 at 3:05 pm', '2024-03-04T15:05'],
    ['投稿日：2023年12月1日', '2023-12-01'],
    ['no date here', null],
    ['version 2.0.1', null],
  ])('%s → %s', (text, expected) => {
    expect(findDate(text)).toBe(expected);
  });
});
