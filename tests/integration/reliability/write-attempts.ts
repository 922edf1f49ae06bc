/**
 * Queries that must never run from `newsgraph query` or the explorer's console, each with what the
 * refusal must say. URL_PLACEHOLDER is swapped for a listening URL that counts fetches.
 */

export const URL_PLACEHOLDER = '{{URL}}';

export interface WriteAttempt {
  name: string;
  cypher: string;
  /** What the refusal message must say. */
  why: RegExp;
}

const WRITES = /writes/;
const SCHEMA = /schema/;
const FILES = /LOAD CSV reads files/;
const PROCEDURE = /procedure/;
const ADMIN = /administration/;
const TWO = /one statement/;
const SYNTAX = /Invalid input/;
const EXPLAIN = /EXPLAIN and PROFILE are added/;

const rows: Array<[string, string, RegExp]> = [
  ['CREATE a node', 'CREATE (n:Pwned) RETURN n', WRITES],
  ['MERGE a node', "MERGE (n:Pwned {id: 'x'}) RETURN n", WRITES],
  ['SET a property', "MATCH (e:Entity) SET e.name = 'pwned' RETURN e", WRITES],
  ['SET a label', 'MATCH (e:Entity) SET e:Pwned RETURN e', WRITES],
  ['DELETE nodes', 'MATCH (c:Comment) DELETE c', WRITES],
  ['DETACH DELETE everything', 'MATCH (n) DETACH DELETE n', WRITES],
  ['REMOVE a property', 'MATCH (e:Entity) REMOVE e.name RETURN e', WRITES],
  ['REMOVE a label', 'MATCH (e:Entity) REMOVE e:Entity RETURN e', WRITES],
  ['CREATE a relationship', 'MATCH (a:Article), (e:Entity) CREATE (a)-[:PWNED]->(e)', WRITES],
  ['FOREACH … CREATE', 'FOREACH (x IN [1, 2] | CREATE (:Pwned {x: x}))', WRITES],
  ['a write inside CALL { }', 'MATCH (n) CALL (n) { SET n.pwned = true } RETURN count(*)', WRITES],
  ['CALL { } IN TRANSACTIONS', 'CALL { CREATE (:Pwned) } IN TRANSACTIONS', WRITES],
  ['CALL (i) { } IN TRANSACTIONS OF 1 ROW', 'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Pwned {i: i}) } IN TRANSACTIONS OF 1 ROW RETURN count(*)', WRITES],
  ['db.createLabel', "CALL db.createLabel('Pwned')", WRITES],
  ['db.createProperty', "CALL db.createProperty('pwned')", WRITES],
  ['db.createRelationshipType', "CALL db.createRelationshipType('PWNED')", WRITES],
  ['a write after a block comment that looks like RETURN', "MATCH (e:Entity) /* RETURN e */ SET e.name = 'pwned'", WRITES],
  ['a write after a line comment', "MATCH (e:Entity) // read only\nSET e.name = 'pwned'", WRITES],
  ['a write after a string that looks like a comment end', "MATCH (e:Entity) WHERE e.name <> '*/ RETURN e' SET e.pwned = 1", WRITES],
  ['a write behind a no-break space', 'CREATE\u00a0(:Pwned)', WRITES],
  ['CREATE INDEX', 'CREATE INDEX pwned FOR (n:Pwned) ON (n.x)', SCHEMA],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT pwned FOR (n:Pwned) REQUIRE n.x IS UNIQUE', SCHEMA],
  ['CREATE FULLTEXT INDEX', 'CREATE FULLTEXT INDEX pwned FOR (n:Pwned) ON EACH [n.x]', SCHEMA],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT article_id IF EXISTS', SCHEMA],
  ['DROP INDEX', 'DROP INDEX entity_names IF EXISTS', SCHEMA],
  ['LOAD CSV from a URL', `LOAD CSV FROM '${URL_PLACEHOLDER}' AS row RETURN row`, FILES],
  ['LOAD CSV from a file', "LOAD CSV WITH HEADERS FROM 'file:///etc/passwd' AS row RETURN row", FILES],
  ['LOAD CSV split by a comment, lower case', `load /* hide */ csv from '${URL_PLACEHOLDER}' as r return r`, FILES],
  ['LOAD CSV after a backtick name holding a quote', `WITH 1 AS \`'\` LOAD CSV FROM '${URL_PLACEHOLDER}' AS row RETURN row`, FILES],
  ['LOAD CSV after a backtick name holding a comment start', `WITH 1 AS \`/*\` LOAD CSV FROM '${URL_PLACEHOLDER}' AS row RETURN row, 1 AS \`*/\``, FILES],
  ['LOAD CSV that writes', `LOAD CSV FROM '${URL_PLACEHOLDER}' AS row CREATE (:Pwned {v: row[0]})`, FILES],
  ['dbms.listConfig', 'CALL dbms.listConfig() YIELD name RETURN name', PROCEDURE],
  ['dbms in backticks', 'CALL `dbms`.`components`()', PROCEDURE],
  ['dbms.setConfigValue', "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", PROCEDURE],
  ['dbms.security.createUser', "CALL dbms.security.createUser('mallory', 'pwned-password')", PROCEDURE],
  ['db.stats.collect', "CALL db.stats.collect('QUERIES')", PROCEDURE],
  ['db.resampleOutdatedIndexes', 'CALL db.resampleOutdatedIndexes()', PROCEDURE],
  ['db.prepareForReplanning', 'CALL db.prepareForReplanning()', PROCEDURE],
  ['db.clearQueryCaches', 'CALL db.clearQueryCaches()', PROCEDURE],
  ['apoc.load.json', "CALL apoc.load.json('file:///etc/passwd')", PROCEDURE],
  ['apoc.cypher.run', "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n', {})", PROCEDURE],
  ['apoc.periodic.iterate', "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})", PROCEDURE],
  ['USE system', 'USE system SHOW USERS', ADMIN],
  ['USE system to create a user', "USE system CREATE USER mallory SET PASSWORD 'pwned-password'", ADMIN],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'pwned-password'", ADMIN],
  ['CREATE USER', "CREATE USER mallory SET PASSWORD 'pwned-password' CHANGE NOT REQUIRED", ADMIN],
  ['GRANT ROLE', 'GRANT ROLE admin TO mallory', ADMIN],
  ['SHOW USERS', 'SHOW USERS', ADMIN],
  ['CREATE DATABASE', 'CREATE DATABASE pwned', ADMIN],
  ['STOP DATABASE', 'STOP DATABASE neo4j', ADMIN],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", ADMIN],
  ['SHOW SETTINGS', 'SHOW SETTINGS', ADMIN],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', ADMIN],
  ['two statements', 'MATCH (n) RETURN n; CREATE (:Pwned)', TWO],
  ['a second statement after a comment', 'MATCH (n) RETURN count(n) /* ok */ ; MATCH (n) DETACH DELETE n', TWO],
  ['a second statement after a line comment', 'MATCH (n) RETURN n // hidden\n; CREATE (:Pwned)', TWO],
  ['full-width CREATE', 'ＣＲＥＡＴＥ (:Pwned)', SYNTAX],
  ['CREATE split by a zero-width space', 'CRE\u200bATE (:Pwned)', SYNTAX],
  ['EXPLAIN in front of a write', 'EXPLAIN CREATE (:Pwned)', EXPLAIN],
  ['PROFILE in front of a write', 'PROFILE MATCH (n) SET n.pwned = 1', EXPLAIN],
];

export const ATTEMPTS: WriteAttempt[] = rows.map(([name, cypher, why]) => ({ name, cypher, why }));
