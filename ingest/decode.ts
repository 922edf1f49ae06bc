/**
 * Bytes → text. The encoding comes from, in order: a byte-order mark, the document's own
 * declaration (<meta charset>, <?xml encoding?>) when the bytes agree with it, ISO-2022-JP's
 * escape sequences, strict UTF-8, and finally chardet's guess (Shift_JIS, EUC-JP, …).
 * Line ends come out as \n whatever the input used (CRLF, CR).
 */
import { analyse } from 'chardet';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used, e.g. utf-8, shift_jis, euc-jp, iso-2022-jp. */
  encoding: string;
  /** Where the first byte that no candidate encoding could read is (replaced by U+FFFD), if any. */
  invalid: { offset: number | null; line: number } | null;
}

function decoderFor(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false });
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  const decoder = decoderFor(label, true);
  if (!decoder) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset a document declares in its first bytes (HTML meta or XML declaration). */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const match =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!match) return null;
  const decoder = decoderFor(match[1]!, false);
  return decoder ? decoder.encoding : null;
}

function looksIso2022jp(bytes: Uint8Array): boolean {
  let escapes = 0;
  const end = Math.min(bytes.byteLength, 65536);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) return false;
    if (b === 0x1b && bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) escapes++;
  }
  return escapes > 0;
}

/** UTF-8 health: multi-byte sequences that are valid, bytes that are not, and where the first bad one is. */
export function utf8Stats(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  const n = bytes.byteLength;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
    }
    const c1 = bytes[i + 1] ?? 0;
    // Overlongs and surrogates are not UTF-8 either.
    if (ok && ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f))) ok = false;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function done(text: string, encoding: string, invalid: Decoded['invalid'] = null): Decoded {
  return { text: normalizeNewlines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), encoding, invalid };
}

const MULTIBYTE = new Set(['shift_jis', 'euc-jp', 'iso-2022-jp', 'gbk', 'gb18030', 'big5', 'euc-kr']);

/** Decodes with replacement characters; the first one gives the line to report. */
function lenient(bytes: Uint8Array, label: string): Decoded {
  const raw = new TextDecoder(label).decode(bytes);
  const at = raw.indexOf('\ufffd');
  const line = at < 0 ? 1 : (raw.slice(0, at).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  return done(raw, label, at < 0 ? null : { offset: null, line });
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = tryDecode(bytes, bom);
    if (text !== null) return done(text, bom);
  }
  const declared = declaredEncoding(bytes);
  if (declared && declared !== 'utf-8') {
    const text = tryDecode(bytes, declared);
    if (text !== null) return done(text, declared);
  }
  if (looksIso2022jp(bytes)) {
    const text = tryDecode(bytes, 'iso-2022-jp');
    if (text !== null) return done(text, 'iso-2022-jp');
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return done(utf8, 'utf-8');

  // Mostly good UTF-8 with a few broken bytes is damaged UTF-8, not another encoding.
  const stats = utf8Stats(bytes);
  const damagedUtf8 = stats.valid > stats.invalid * 4;
  if (!damagedUtf8) {
    // A page that declares its encoding and has a few bytes outside it (vendor characters in
    // Shift_JIS are common) is still in that encoding: read it so, and say where it broke.
    if (declared && declared !== 'utf-8') return lenient(bytes, declared);
    // Otherwise let chardet rank the legacy encodings, and take the first that reads every byte.
    const guesses = analyse(bytes.byteLength > 262144 ? bytes.subarray(0, 262144) : bytes);
    for (const guess of guesses) {
      if (guess.confidence < 10) break;
      const label = decoderFor(guess.name, false)?.encoding;
      if (!label || label === 'utf-8') continue;
      const text = tryDecode(bytes, label);
      if (text !== null) return done(text, label);
    }
    // None reads every byte; a confident multi-byte guess still beats reading it as Latin-1.
    const top = guesses[0];
    const topLabel = top && top.confidence >= 50 ? decoderFor(top.name, false)?.encoding : undefined;
    if (topLabel && MULTIBYTE.has(topLabel)) return lenient(bytes, topLabel);
  }
  // Nothing reads it all: read it as UTF-8 with replacement characters and say where it broke.
  const offset = stats.firstInvalid;
  return done(new TextDecoder('utf-8').decode(bytes), 'utf-8', { offset, line: lineAt(bytes, offset) });
}
