import { describe, expect, it } from 'vitest';
import { normalizeCypher, queryTypeRefusal, staticRefusal } from '../../../viz/server/cypher-guard.js';

describe('normalizeCypher', () => {
  it.each([
    ["MATCH (n) // LOAD CSV\nRETURN n", 'MATCH (n) RETURN n'],
    ['MATCH (n) /* dbms.x */ RETURN n', 'MATCH (n) RETURN n'],
    ["RETURN 'LOAD CSV' AS s", "RETURN '' AS s"],
    ['RETURN "it\\"s" AS s', "RETURN '' AS s"],
    ['CALL `dbms`.`listConfig`()', 'CALL dbms.listConfig()'],
  ])('%j → %j', (cypher, expected) => {
    expect(normalizeCypher(cypher)).toBe(expected);
  });
});

describe('staticRefusal', () => {
  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'reads-files'],
    ["load   csv with headers from 'https://x' as r return r", 'reads-files'],
    ['CALL dbms.listConfig()', 'procedure'],
    ['CALL `dbms`.`listConfig`()', 'procedure'],
    ['CALL dbms . components()', 'procedure'],
    ["CALL apoc.load.json('file:///x')", 'procedure'],
    ["RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n', {})", 'procedure'],
    ['SHOW USERS', 'admin'],
    ['USE system SHOW DATABASES', 'admin'],
    ['CREATE USER mallory SET PASSWORD "x"', 'admin'],
    ['PROFILE MATCH (n) RETURN n', 'explain'],
    ['  ', 'empty'],
    ['x'.repeat(10_001), 'too-long'],
  ])('refuses %j (%s)', (cypher, reason) => {
    expect(staticRefusal(cypher)?.reason).toBe(reason);
  });

  it.each([
    'MATCH (e:Entity) RETURN e LIMIT 10',
    "MATCH (e:Entity) WHERE e.name = 'LOAD CSV' RETURN e",
    '// dbms.listConfig\nMATCH (n) RETURN count(n)',
    'CALL db.index.fulltext.queryNodes("entityNames", "Biden") YIELD node RETURN node',
    "CREATE (n:Entity {id: 'x'})",
  ])('leaves %j to EXPLAIN', (cypher) => {
    expect(staticRefusal(cypher)).toBeNull();
  });
});

describe('queryTypeRefusal', () => {
  it.each([
    ['r', null],
    ['w', 'writes'],
    ['rw', 'writes'],
    ['s', 'schema'],
    [undefined, 'admin'],
    ['x', 'admin'],
  ])('%s → %s', (type, reason) => {
    expect(queryTypeRefusal(type)?.reason ?? null).toBe(reason);
  });

  it('says why a write is refused and what to do instead', () => {
    const refusal = queryTypeRefusal('rw')!;
    expect(refusal.message).toMatch(/writes to the graph/);
    expect(refusal.hint).toMatch(/ingest/);
  });
});
