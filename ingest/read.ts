/**
 * The readers' public face. `parseDocument` turns one input's bytes into Articles (pure);
 * `readInputs` walks files, folders, globs and stdin and streams what each gives, JSON Lines
 * line by line. Neither throws for bad input: every problem comes out as a rejection that names
 * the input (and line), says what is wrong and what to do, and everything valid still comes out.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import type { Article, Lang } from '../src/types.js';
import { decodeBytes } from './decode.js';
import { detectFormat, formatFromExtension } from './detect-format.js';
import { parseFeedText } from './feed-reader.js';
import { parseHtml } from './html-reader.js';
import { parseJsonDocument, parseJsonLine, parseJsonLines } from './json-reader.js';
import { type DocumentResult, type InputFormat, type Rejection, reject } from './outcome.js';
import { parsePageText } from './page-text.js';

export type { InputFormat, Rejection } from './outcome.js';
export { INPUT_FORMATS } from './outcome.js';

export type ReadOutcome =
  | { ok: true; input: string; article: Article }
  | { ok: false; input: string; line: number | null; reason: string; hint: string | null };

export interface ReadOptions {
  /** Skip detection and read every input as this format. */
  format?: InputFormat;
  /** Set every article's language instead of detecting it. */
  lang?: Lang;
}

/** A page, HTML or feed larger than this is refused: no real article is that big. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
/** A JSON Lines line longer than this is refused (and skipped without holding it in memory). */
export const MAX_LINE_BYTES = 32 * 1024 * 1024;

const TEXT_EXTENSIONS = /\.(txt|text|html?|xhtml|jsonl?|ndjson|xml|rss|rdf|atom)$/i;
// Corpus folders ship their licence and readme as .txt; in a folder walk they are not articles.
const NOT_ARTICLES = /(^|\/)(LICEN[CS]E|README|COPYING|NOTICE)[^/]*$/i;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Text files have no NUL bytes (UTF-16 aside); most binary formats have plenty. */
function binaryAt(bytes: Uint8Array): number {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return -1;
  const end = Math.min(bytes.byteLength, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return i;
  return -1;
}

function binaryRejection(input: string, offset: number): Rejection {
  return reject(input, `binary file (a NUL byte at offset ${offset}), not text`, 'Pass a text file: a page saved as text, HTML, JSON/JSON Lines, or an RSS/Atom feed.');
}

function withLang(result: DocumentResult, lang: Lang | undefined): DocumentResult {
  if (lang) for (const a of result.articles) a.lang = lang;
  return result;
}

function readAs(format: InputFormat, text: string, name: string): DocumentResult {
  switch (format) {
    case 'page':
      return parsePageText(text, name);
    case 'html':
      return parseHtml(text, name);
    case 'rss':
    case 'atom':
      return parseFeedText(text, name);
    case 'json':
      return parseJsonDocument(text, name);
    case 'jsonl':
      return parseJsonLines(text, name);
  }
}

export function parseDocument(bytes: Uint8Array, name: string, options: ReadOptions = {}): DocumentResult {
  if (bytes.byteLength === 0) return { articles: [], rejected: [reject(name, 'empty file', 'Remove it from the inputs, or save the article into it again.')] };
  const binary = binaryAt(bytes);
  if (binary >= 0) return { articles: [], rejected: [binaryRejection(name, binary)] };
  const decoded = decodeBytes(bytes);
  if (decoded.text.trim() === '') return { articles: [], rejected: [reject(name, 'empty file (only whitespace)', 'Remove it from the inputs, or save the article into it again.')] };
  const format = options.format ?? detectFormat(name, decoded.text.slice(0, 4096));
  if (format !== 'jsonl' && bytes.byteLength > MAX_DOCUMENT_BYTES) {
    return { articles: [], rejected: [reject(name, `file too large for one ${format} document: ${mb(bytes.byteLength)} (limit ${mb(MAX_DOCUMENT_BYTES)})`, 'Split it into one file per article, or convert it to JSON Lines (one article per line), which is read line by line.')] };
  }
  const notes: Rejection[] = [];
  if (decoded.invalid) {
    const { offset, line } = decoded.invalid;
    if (format === 'jsonl') {
      // Only the lines that hold bad bytes are lost; parseJsonLinesBytes finds them.
      return withLang(parseJsonLinesBytes(bytes, name), options.lang);
    }
    notes.push(reject(name, `bytes that are not valid ${decoded.encoding}${decoded.encoding === 'utf-8' ? ' (nor Shift_JIS, EUC-JP or ISO-2022-JP)' : ''}${offset === null ? '' : ` at byte ${offset}`}; they were read as U+FFFD`, 'Re-save the file as UTF-8, or fix the damaged bytes.', line));
  }
  let result: DocumentResult;
  try {
    result = readAs(format, decoded.text, name);
  } catch (error) {
    result = { articles: [], rejected: [reject(name, `could not read it as ${format}: ${(error as Error).message}`, options.format ? `Check that the file really is ${format}, or leave out --format to detect it.` : 'Pass --format to say what the file is.')] };
  }
  return withLang({ articles: result.articles, rejected: [...notes, ...result.rejected] }, options.lang);
}

/** JSON Lines from raw bytes, each line decoded on its own so one bad line costs only itself. */
function parseJsonLinesBytes(bytes: Uint8Array, name: string): DocumentResult {
  const articles: Article[] = [];
  const rejected: Rejection[] = [];
  let start = 0;
  let lineNumber = 0;
  while (start <= bytes.byteLength) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.byteLength;
    lineNumber++;
    const outcome = lineOutcome(bytes.subarray(start, end), name, lineNumber);
    if (outcome) {
      if (outcome.ok) articles.push(outcome.article);
      else rejected.push(outcome);
    }
    start = end + 1;
  }
  return { articles, rejected };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function lineOutcome(raw: Uint8Array, name: string, lineNumber: number): ReadOutcome | null {
  let bytes = raw;
  if (lineNumber === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, input: name, line: lineNumber, reason: 'bytes that are not valid UTF-8 on this line', hint: 'JSON Lines must be UTF-8: re-save the file as UTF-8, or fix or remove this line.' };
  }
  const r = parseJsonLine(text, name, lineNumber);
  if (r === null) return null;
  return 'article' in r ? { ok: true, input: name, article: r.article } : { ok: false, ...r.rejected };
}

/** Splits a byte stream into lines without holding more than one line (bounded) in memory. */
async function* streamLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<{ bytes: Uint8Array | null; tooLong: number }> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let dropping = 0;
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.byteLength) {
      const nl = chunk.indexOf(0x0a, start);
      const end = nl < 0 ? chunk.byteLength : nl;
      const piece = chunk.subarray(start, end);
      if (dropping > 0 || pendingBytes + piece.byteLength > MAX_LINE_BYTES) {
        dropping += piece.byteLength + pendingBytes;
        pending = [];
        pendingBytes = 0;
      } else if (piece.byteLength > 0) {
        pending.push(piece);
        pendingBytes += piece.byteLength;
      }
      if (nl < 0) break;
      if (dropping > 0) yield { bytes: null, tooLong: dropping };
      else yield { bytes: pending.length === 1 ? pending[0]! : Buffer.concat(pending), tooLong: 0 };
      pending = [];
      pendingBytes = 0;
      dropping = 0;
      start = nl + 1;
    }
  }
  if (dropping > 0) yield { bytes: null, tooLong: dropping };
  else if (pendingBytes > 0) yield { bytes: Buffer.concat(pending), tooLong: 0 };
}

async function* readJsonLinesStream(chunks: AsyncIterable<Uint8Array>, name: string, lang: Lang | undefined): AsyncGenerator<ReadOutcome> {
  let lineNumber = 0;
  let yielded = false;
  for await (const { bytes, tooLong } of streamLines(chunks)) {
    lineNumber++;
    if (bytes === null) {
      yield { ok: false, input: name, line: lineNumber, reason: `line too long: ${mb(tooLong)} (limit ${mb(MAX_LINE_BYTES)})`, hint: 'Each line must be one article; split this record or remove it.' };
      yielded = true;
      continue;
    }
    if (lineNumber === 1) {
      const binary = binaryAt(bytes);
      if (binary >= 0) {
        yield { ok: false, ...binaryRejection(name, binary), line: 1 };
        return;
      }
    }
    const outcome = lineOutcome(bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes, name, lineNumber);
    if (outcome?.ok && lang) outcome.article.lang = lang;
    if (outcome) {
      yielded = true;
      yield outcome;
    }
  }
  // Only blank lines: say so, rather than read nothing without a word.
  if (!yielded) yield { ok: false, input: name, line: null, reason: 'empty file (only whitespace)', hint: 'Remove it from the inputs, or write one JSON article per line into it.' };
}

function* fromResult(result: DocumentResult, name: string): Generator<ReadOutcome> {
  // Rejections that concern the whole document come first, as the reader found them.
  for (const r of result.rejected) yield { ok: false, ...r };
  for (const article of result.articles) yield { ok: true, input: name, article };
}

async function headOf(path: string, size: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(size, 65536));
    const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* readFileInput(path: string, options: ReadOptions): AsyncGenerator<ReadOutcome> {
  const info = await stat(path);
  if (info.size === 0) {
    yield* fromResult(parseDocument(new Uint8Array(0), path, options), path);
    return;
  }
  const head = await headOf(path, info.size);
  const binary = binaryAt(head);
  if (binary >= 0) {
    yield { ok: false, ...binaryRejection(path, binary) };
    return;
  }
  const format = options.format ?? (formatFromExtension(path) === 'jsonl' ? 'jsonl' : detectFormat(path, decodeBytes(head.subarray(0, 4096)).text));
  if (format === 'jsonl') {
    yield* readJsonLinesStream(createReadStream(path, { highWaterMark: 1 << 20 }), path, options.lang);
    return;
  }
  if (info.size > MAX_DOCUMENT_BYTES) {
    yield { ok: false, input: path, line: null, reason: `file too large for one ${format} document: ${mb(info.size)} (limit ${mb(MAX_DOCUMENT_BYTES)})`, hint: 'Split it into one file per article, or convert it to JSON Lines (one article per line), which is read line by line.' };
    return;
  }
  yield* fromResult(parseDocument(await readFile(path), path, { ...options, format }), path);
}

async function* readStdin(options: ReadOptions): AsyncGenerator<ReadOutcome> {
  const name = '-';
  const iterator = process.stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (first.done) {
    yield { ok: false, input: name, line: null, reason: 'empty input on stdin', hint: 'Pipe an article into it, or pass file names instead of -.' };
    return;
  }
  const format = options.format ?? detectFormat(name, decodeBytes(first.value.subarray(0, 4096)).text);
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield first.value as Buffer;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  if (format === 'jsonl') {
    yield* readJsonLinesStream(rest(), name, options.lang);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of rest()) {
    size += chunk.byteLength;
    if (size > MAX_DOCUMENT_BYTES) {
      yield { ok: false, input: name, line: null, reason: `stdin is larger than ${mb(MAX_DOCUMENT_BYTES)} for one ${format} document`, hint: 'Send JSON Lines (one article per line) for large inputs.' };
      return;
    }
    chunks.push(Buffer.from(chunk));
  }
  yield* fromResult(parseDocument(Buffer.concat(chunks), name, { ...options, format }), name);
}

/** Input arguments → file paths, in a stable order: folders recursed, globs expanded. */
async function expand(input: string): Promise<{ files: string[] } | { missing: string }> {
  if (/[*?[\]{}]/.test(input)) {
    const files = await glob(input, { onlyFiles: true, absolute: false, dot: false });
    return files.length > 0 ? { files: files.sort() } : { missing: input };
  }
  try {
    const info = await stat(input);
    if (info.isDirectory()) {
      const files = await glob('**/*', { cwd: input, onlyFiles: true, dot: false });
      const articles = files.filter((f) => TEXT_EXTENSIONS.test(f) && !NOT_ARTICLES.test(f));
      return { files: articles.sort().map((f) => join(input, f)) };
    }
    return { files: [input] };
  } catch {
    return { missing: input };
  }
}

export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(options);
      continue;
    }
    const expanded = await expand(input);
    if ('missing' in expanded) {
      yield { ok: false, input, line: null, reason: 'no such file or folder (or the pattern matches nothing)', hint: 'Check the path; folders are read recursively and globs like "data/**/*.html" are expanded.' };
      continue;
    }
    for (const file of expanded.files) {
      try {
        yield* readFileInput(file, options);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        yield { ok: false, input: file, line: null, reason: `could not read the file${code ? ` (${code})` : ''}: ${(error as Error).message}`, hint: code === 'EACCES' ? 'Make the file readable for this user.' : 'Check that the file exists and is readable.' };
      }
    }
  }
}
