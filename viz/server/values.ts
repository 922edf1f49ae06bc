/** Neo4j values → plain JSON for the console: nodes and relationships tagged, the rest as data. */
import neo4j from 'neo4j-driver';
import type { QueryValue } from '../shared/api-types.js';

const MAX_STRING = 2_000;

export function toQueryValue(value: unknown): QueryValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toQueryValue);
  if (neo4j.isNode(value as never)) {
    const node = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { $type: 'node', elementId: node.elementId, labels: [...node.labels], properties: mapValues(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as unknown as { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    return { $type: 'relationship', elementId: rel.elementId, type: rel.type, start: rel.startNodeElementId, end: rel.endNodeElementId, properties: mapValues(rel.properties) };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as unknown as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }>; start: unknown };
    const items: QueryValue[] = [toQueryValue(path.start)];
    for (const segment of path.segments) items.push(toQueryValue(segment.relationship), toQueryValue(segment.end));
    return items;
  }
  if (typeof value === 'object') {
    // Temporal and spatial values print themselves; plain maps are walked.
    if (value.constructor !== Object && typeof (value as { toString?: unknown }).toString === 'function') return String(value);
    return mapValues(value as Record<string, unknown>);
  }
  return String(value);
}

function mapValues(object: Record<string, unknown>): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = {};
  for (const [key, item] of Object.entries(object)) out[key] = toQueryValue(item);
  return out;
}
