/**
 * The schema of docs/schema.md: a uniqueness constraint for every MERGE key, the range indexes the
 * explorer and the cookbook filter on, and a full-text index over entity names and aliases that
 * finds Japanese (the CJK analyzer indexes bigrams) as well as English. Created before the first
 * write, IF NOT EXISTS, and awaited, so a MERGE never runs against a key without its constraint.
 */
import type { Driver } from 'neo4j-driver';
import { cooccurrenceKey } from './write-cypher.js';

export const ARTICLE_ID_UNIQUE = 'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE';
export const COMMENT_ID_UNIQUE = 'CREATE CONSTRAINT comment_id IF NOT EXISTS FOR (c:Comment) REQUIRE c.id IS UNIQUE';
export const ENTITY_ID_UNIQUE = 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE';
/**
 * The writer MERGEs a co-occurrence edge by its pair key (cooccurrenceKey in graph/write-cypher.ts): an index seek, where
 * matching the pattern between two hot entities walks one of their (long) relationship lists.
 */
export const COOCCURRENCE_KEY_UNIQUE = 'CREATE CONSTRAINT cooccurrence_key IF NOT EXISTS FOR ()-[r:CO_OCCURS_WITH]-() REQUIRE r.key IS UNIQUE';
/** Graphs written before the key existed: give their edges one, before the constraint is created. */
export const BACKFILL_COOCCURRENCE_KEYS = `
MATCH (x:Entity)-[r:CO_OCCURS_WITH]->(y:Entity) WHERE r.key IS NULL
CALL (x, y, r) { SET r.key = ${cooccurrenceKey('x.id', 'y.id')} } IN TRANSACTIONS OF 10000 ROWS`;
export const ARTICLE_PUBLISHED_INDEX = 'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)';
export const COMMENT_POSTED_INDEX = 'CREATE INDEX comment_posted IF NOT EXISTS FOR (c:Comment) ON (c.postedAt)';
export const ENTITY_KIND_INDEX = 'CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)';
export const ENTITY_NAMES_FULLTEXT = `CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.nameEn, e.nameJa, e.aliasText]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: false } }`;
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/** Names of the schema objects, for tests and `db status`-like checks. */
export const SCHEMA_NAMES = {
  constraints: ['article_id', 'comment_id', 'entity_id', 'cooccurrence_key'],
  indexes: ['article_published', 'comment_posted', 'entity_kind', 'entityNames'],
} as const;

export const SCHEMA_STATEMENTS: readonly string[] = [
  ARTICLE_ID_UNIQUE,
  COMMENT_ID_UNIQUE,
  ENTITY_ID_UNIQUE,
  COOCCURRENCE_KEY_UNIQUE,
  ARTICLE_PUBLISHED_INDEX,
  COMMENT_POSTED_INDEX,
  ENTITY_KIND_INDEX,
  ENTITY_NAMES_FULLTEXT,
];

/** Creates what is missing and waits until every index is online. Safe to call on every run. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const { records } = await driver.executeQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'cooccurrence_key' RETURN name", {}, { database });
  if (records.length === 0) {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    const session = driver.session({ database });
    try {
      await session.run(BACKFILL_COOCCURRENCE_KEYS);
    } finally {
      await session.close();
    }
  }
  // Schema commands cannot share a transaction with anything else: one auto-commit query each.
  for (const statement of SCHEMA_STATEMENTS) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery(AWAIT_INDEXES, {}, { database });
}
