/** A console result → the nodes and relationships in it (for drawing) and table cell text. Pure. */
import type { EntityKind, QueryNode, QueryRelationship, QueryResult, QueryValue } from '../shared/api-types.js';

const KIND_BY_LABEL: Record<string, EntityKind> = { Person: 'person', Country: 'country', Location: 'location', Organization: 'organization', Source: 'source' };

export interface ResultGraph {
  nodes: Array<{ key: string; label: string; kind: EntityKind | null; labels: string[] }>;
  edges: Array<{ key: string; source: string; target: string; type: string }>;
}

function isNode(value: QueryValue): value is QueryNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { $type?: unknown }).$type === 'node';
}

function isRelationship(value: QueryValue): value is QueryRelationship {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { $type?: unknown }).$type === 'relationship';
}

export function nodeCaption(node: QueryNode): string {
  const p = node.properties;
  for (const key of ['name', 'nameEn', 'nameJa', 'title', 'id']) {
    const value = p[key];
    if (typeof value === 'string' && value !== '') return value.length > 40 ? `${value.slice(0, 39)}…` : value;
  }
  return node.labels[0] ?? node.elementId;
}

export function resultGraph(result: QueryResult): ResultGraph {
  const nodes = new Map<string, ResultGraph['nodes'][number]>();
  const edges = new Map<string, ResultGraph['edges'][number]>();
  const visit = (value: QueryValue): void => {
    if (isNode(value)) {
      if (!nodes.has(value.elementId)) {
        const kindLabel = value.labels.find((l) => l in KIND_BY_LABEL);
        nodes.set(value.elementId, { key: value.elementId, label: nodeCaption(value), kind: kindLabel ? KIND_BY_LABEL[kindLabel]! : null, labels: value.labels });
      }
    } else if (isRelationship(value)) {
      edges.set(value.elementId, { key: value.elementId, source: value.start, target: value.end, type: value.type });
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(visit);
    }
  };
  result.rows.forEach((row) => row.forEach(visit));
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)) };
}

export function cellText(value: QueryValue): string {
  if (value === null) return 'null';
  if (isNode(value)) return `(:${value.labels.join(':')} ${nodeCaption(value)})`;
  if (isRelationship(value)) return `[:${value.type}]`;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  if (typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${cellText(v)}`).join(', ')}}`;
  return String(value);
}
