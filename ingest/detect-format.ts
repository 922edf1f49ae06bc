/** Which reader an input needs: from its content first (extensions lie), the extension as a tie-break. */
import type { InputFormat } from './outcome.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  jsonl: 'jsonl', ndjson: 'jsonl', json: 'json', html: 'html', htm: 'html', xhtml: 'html',
  rss: 'rss', rdf: 'rss', atom: 'atom', txt: 'page', text: 'page',
};

export function formatFromExtension(name: string): InputFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? null : (BY_EXTENSION[ext] ?? null);
}

/** `head` is the start of the decoded text (a few KB is enough). */
export function detectFormat(name: string, head: string): InputFormat {
  const byExtension = formatFromExtension(name);
  const text = head.replace(/^\uFEFF/, '').trimStart();
  const start = text.slice(0, 2048).toLowerCase();

  if (start.startsWith('{') || start.startsWith('[')) {
    if (start.startsWith('[')) return 'json';
    // Several lines that each open an object: JSON Lines, whatever the extension says.
    const lines = text.split('\n', 3).filter((l) => l.trim() !== '');
    if (lines.length > 1 && lines[0]!.trim().endsWith('}') && lines[1]!.trimStart().startsWith('{')) return 'jsonl';
    return byExtension === 'jsonl' ? 'jsonl' : 'json';
  }
  if (start.startsWith('<')) {
    const body = start.replace(/^<\?xml[^>]*>\s*/, '').replace(/^(<!--[\s\S]*?-->\s*)+/, '').replace(/^<\?xml-stylesheet[^>]*>\s*/, '');
    if (/^<rss[\s>]/.test(body) || /^<rdf:rdf[\s>]/.test(body)) return 'rss';
    if (/^<feed[\s>]/.test(body)) return 'atom';
    if (byExtension === 'rss' || byExtension === 'atom') return byExtension;
    return 'html';
  }
  if (/<(html|body|article|div|p)[\s>]/i.test(start)) return 'html';
  if (byExtension === 'jsonl' || byExtension === 'json') return byExtension;
  return 'page';
}
