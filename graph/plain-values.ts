/**
 * Neo4j values → plain JSON values, and plain rows → a text table. Pure: `query --json`, the table
 * printer and the cookbook tests share them.
 */
import neo4j from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isNode(value as never)) {
    const node = value as { labels: string[]; properties: Record<string, unknown> };
    return { labels: [...node.labels], properties: toPlain(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as { type: string; properties: Record<string, unknown> };
    return { type: rel.type, properties: toPlain(rel.properties) };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }> };
    return path.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) }));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    // Temporal and spatial values print as their ISO / WKT-like strings.
    const ctor = (value as object).constructor?.name;
    if (ctor && ctor !== 'Object' && typeof (value as { toString?: unknown }).toString === 'function') return String(value);
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return String(value);
}

/** Display width: CJK and other wide characters take two columns in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

function cell(value: Plain, max: number): string {
  const text = (typeof value === 'string' ? value : JSON.stringify(value)).replace(/\s+/g, ' ');
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** A plain text table; long cells are cut at `maxCell` columns. */
export function formatTable(keys: readonly string[], rows: ReadonlyArray<Record<string, Plain>>, maxCell = 60): string {
  const cells = rows.map((row) => keys.map((k) => cell(row[k] ?? null, maxCell)));
  const widths = keys.map((k, i) => Math.max(displayWidth(k), ...cells.map((r) => displayWidth(r[i]!))));
  const line = (values: string[]) => `| ${values.map((v, i) => pad(v, widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line([...keys]), rule, ...cells.map(line)].join('\n');
}
