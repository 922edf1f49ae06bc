import { mkdtempSync, rmSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, readInputs, type ReadOutcome } from '../../../ingest/read.js';
import { FIXTURES } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[]): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const outcome of readInputs(inputs)) out.push(outcome);
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const rejections = (outcomes: ReadOutcome[]) => outcomes.filter((o) => !o.ok).map((o) => (o.ok ? null : [o.input, o.line, o.reason]));
const titles = (outcomes: ReadOutcome[]) => outcomes.flatMap((o) => (o.ok ? [o.article.title] : []));

describe('bad documents: a rejection that names the input and the reason, never a throw', () => {
  it.each([
    ['empty', new Uint8Array(0), /^empty file$/],
    ['only whitespace', utf8(' \n\r\n\t'), /^empty file \(only whitespace\)$/],
    ['binary (a PNG header)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /^binary file \(a NUL byte at offset 8\)/],
    ['JSON that is not', utf8('{"title": "x",'), /^invalid JSON/],
    ['a cut-off feed', utf8('<?xml version="1.0"?><rss><channel><item><title>x'), /feed ends before its closing/],
  ])('%s', (_name, bytes, reason) => {
    const name = `bad-${_name}`;
    const result = parseDocument(bytes, name);
    expect(result.articles).toEqual([]);
    expect(result.rejected.length).toBeGreaterThan(0);
    expect(result.rejected.every((r) => r.input === name)).toBe(true);
    expect(result.rejected[0]!.reason).toMatch(reason);
    expect(result.rejected[0]!.hint).toBeTruthy();
  });

  it('undecodable bytes: the article still comes out, and the line of the bad byte is named', () => {
    const bytes = new Uint8Array([...utf8('見出し\n\n本文の一行目です。\n本文の'), 0xc3, 0x28, ...utf8('二行目です。\n')]);
    const result = parseDocument(bytes, 'broken.txt');
    expect(result.articles.map((a) => a.title)).toEqual(['見出し']);
    expect(result.rejected.map((r) => [r.input, r.line])).toEqual([['broken.txt', 4]]);
    expect(result.rejected[0]!.reason).toMatch(/not valid utf-8/);
  });

  it('--format that does not fit says so', () => {
    const result = parseDocument(utf8('見出し\n\n本文'), 'page.txt', { format: 'json' });
    expect(result.rejected[0]!.reason).toMatch(/^invalid JSON/);
  });
});

describe('readInputs over files, folders and globs', () => {
  it('invalid JSONL lines among valid ones: each bad line named, every valid article read', async () => {
    const outcomes = await collect([join(FIXTURES, 'bad-lines.jsonl')]);
    const file = join(FIXTURES, 'bad-lines.jsonl');
    expect(titles(outcomes)).toEqual(['Valid first', 'Valid last']);
    expect(rejections(outcomes).map((r) => r!.slice(0, 2))).toEqual([[file, 2], [file, 4], [file, 5]]);
  });

  it('a JSONL line with undecodable bytes costs only that line', async () => {
    const path = join(dir, 'mixed.jsonl');
    writeFileSync(path, Buffer.concat([Buffer.from('{"title":"one","body":"a"}\n{"title":"tw'), Buffer.from([0xff, 0xfe]), Buffer.from('o","body":"b"}\r\n{"title":"three","body":"c"}')]));
    const outcomes = await collect([path]);
    expect(titles(outcomes)).toEqual(['one', 'three']);
    expect(rejections(outcomes)).toEqual([[path, 2, 'bytes that are not valid UTF-8 on this line']]);
  });

  it('a 100 MB page is refused by its size without being read; the file beside it still comes out', async () => {
    const big = join(dir, 'huge.txt');
    writeFileSync(big, '見出し\n\n' + '本文です。'.repeat(20000));
    truncateSync(big, 100 * 1024 * 1024);
    copyFileSync(join(FIXTURES, 'page-plain.txt'), join(dir, 'small.txt'));
    const outcomes = await collect([big, join(dir, 'small.txt')]);
    expect(rejections(outcomes)).toEqual([[big, null, 'file too large for one page document: 100.0 MB (limit 32.0 MB)']]);
    expect(titles(outcomes)).toEqual(['町の図書館、開館時間を夜9時まで延長']);
  });

  it('binary, empty and missing inputs are named; a folder is read recursively, its licence and readme left out', async () => {
    const folder = join(dir, 'folder');
    rmSync(folder, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'image.html'), Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x01]));
    copyFileSync(join(FIXTURES, 'feed.atom'), join(folder, 'sub', 'feed.atom'));
    writeFileSync(join(folder, 'LICENSE.site.txt'), 'Creative Commons Attribution-NoDerivs 2.1 Japan\n\nYou may share this corpus.\n');
    writeFileSync(join(folder, 'sub', 'README.txt'), 'What this folder holds\n\nOne feed.\n');
    const missing = join(dir, 'nope.txt');
    const outcomes = await collect([folder, missing]);
    expect(rejections(outcomes)).toEqual([
      [join(folder, 'empty.txt'), null, 'empty file'],
      [join(folder, 'image.html'), null, 'binary file (a NUL byte at offset 6), not text'],
      [missing, null, 'no such file or folder (or the pattern matches nothing)'],
    ]);
    expect(titles(outcomes)).toEqual(['Rotterdam port volumes fall for a second year', 'Busan opens automated terminal']);
  });

  it('globs expand, in a stable order', async () => {
    const outcomes = await collect([join(FIXTURES, 'page-*.txt').replace(/\\/g, '/')]);
    expect(titles(outcomes)).toEqual([
      'Australia and Japan sign port access agreement for naval vessels',
      'ドイツとフランス、共同開発の次期戦車計画で作業分担の見直しに合意',
      '町の図書館、開館時間を夜9時まで延長',
    ]);
  });

  it('truncated HTML: what is there is read, and the cut is reported', async () => {
    const outcomes = await collect([join(FIXTURES, 'truncated.html')]);
    expect(titles(outcomes)).toEqual(['Ferry services cut as fuel costs rise']);
    expect(rejections(outcomes)[0]![2]).toMatch(/ends before <\/body><\/html>/);
  });

  it('--lang sets the language of every article', async () => {
    const outcomes: ReadOutcome[] = [];
    for await (const o of readInputs([join(FIXTURES, 'articles.jsonl')], { lang: 'ja' })) outcomes.push(o);
    expect(outcomes.map((o) => (o.ok ? o.article.lang : null))).toEqual(['ja', 'ja', 'ja']);
  });
});
