import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../ingest/decode.js';
import { fixtureBytes, onlyArticle } from './fixtures.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('encodings, detected from BOM, declarations and content', () => {
  it.each([
    ['shift-jis.html', 'shift_jis', '漁港に新しい冷凍倉庫が完成'],
    ['euc-jp.txt', 'euc-jp', '商店街に移住者向けの相談窓口'],
    ['iso-2022-jp.txt', 'iso-2022-jp', '商店街に移住者向けの相談窓口'],
    ['utf8-bom-crlf.txt', 'utf-8', '商店街に移住者向けの相談窓口'],
    ['page-ja.txt', 'utf-8', 'ドイツとフランス'],
  ])('%s is %s', (name, encoding, text) => {
    const decoded = decodeBytes(fixtureBytes(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(text);
    expect(decoded.text).not.toContain('\r');
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(decoded.invalid).toBeNull();
  });

  it('the same page in four encodings gives the same article', () => {
    const ids = ['euc-jp.txt', 'iso-2022-jp.txt', 'utf8-bom-crlf.txt'].map((name) => onlyArticle(name).article);
    expect(new Set(ids.map((a) => a.id)).size).toBe(1);
    expect(ids[0]!.sources).toEqual([{ label: '参考', title: '市の移住支援ページ', url: null }]);
  });

  it.each([
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['CR', 'a\rb\r', 'a\nb\n'],
    ['mixed', 'a\r\nb\rc\n', 'a\nb\nc\n'],
  ])('%s line ends become \\n', (_name, input, expected) => {
    expect(decodeBytes(utf8(input)).text).toBe(expected);
  });

  it('UTF-16 with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x42, 0x30, 0x44, 0x30]);
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'utf-16le', text: 'あい' });
  });

  it('damaged UTF-8 is read with U+FFFD and the bad byte located, not mistaken for Latin-1', () => {
    const bytes = new Uint8Array([...utf8('一行目の文章です。\n二行目'), 0xff, ...utf8('の文章です。\n')]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.invalid).toEqual({ offset: utf8('一行目の文章です。\n二行目').byteLength, line: 2 });
    expect(decoded.text).toContain('二行目\ufffdの文章');
  });

  it('a declared Shift_JIS page with a byte outside Shift_JIS stays Shift_JIS, and the line is named', () => {
    const good = fixtureBytes('shift-jis.html');
    const at = good.indexOf(0x0a, good.indexOf(0x0a) + 1) + 1; // start of line 3
    const bytes = new Uint8Array([...good.subarray(0, at), 0x81, 0x20, ...good.subarray(at)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.text).toContain('漁港に新しい冷凍倉庫が完成');
    expect(decoded.invalid).toEqual({ offset: null, line: 3 });
  });
});
