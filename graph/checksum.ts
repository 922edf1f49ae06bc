/**
 * A canonical fingerprint of the whole graph: every node (labels, properties) and relationship
 * (type, end points by their `id` property, properties), sorted, hashed. Two graphs with the same
 * checksum hold the same facts, whatever their internal element ids; tests compare ingests with it.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { canonicalJson } from './content-hash.js';

export const READ_ALL_NODES = 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props';
export const READ_ALL_RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`;

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  /** sha256 over the sorted canonical lines. */
  hash: string;
}

function digest(lines: string[]): string {
  const hash = createHash('sha256');
  for (const line of lines.sort()) hash.update(`${line}\n`);
  return hash.digest('hex');
}

export async function graphChecksum(driver: Driver, database?: string): Promise<GraphChecksum> {
  const nodes = await driver.executeQuery(READ_ALL_NODES, {}, { database, routing: 'READ' });
  const rels = await driver.executeQuery(READ_ALL_RELATIONSHIPS, {}, { database, routing: 'READ' });
  const nodeLines = nodes.records.map((r) => canonicalJson([[...(r.get('labels') as string[])].sort(), r.get('props')]));
  const relLines = rels.records.map((r) => canonicalJson([r.get('from'), r.get('type'), r.get('to'), r.get('props')]));
  return { nodes: nodeLines.length, relationships: relLines.length, hash: digest([...nodeLines.map((l) => `N${l}`), ...relLines.map((l) => `R${l}`)]) };
}
