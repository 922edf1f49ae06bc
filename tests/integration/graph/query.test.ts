import { describe, expect, it } from 'vitest';
import { assertReadOnly, ReadOnlyError, runReadOnly } from '../../../graph/read-only.js';
import { useTestGraph } from '../../helpers/neo4j.js';
import { runCli } from '../../helpers/run-cli.js';

describe('read-only Cypher', () => {
  const driver = useTestGraph();

  it.each([
    ["CREATE (:Entity {id: 'x'})", 'writes'],
    ["MERGE (a:Article {id: 'x'}) RETURN a", 'reads and writes'],
    ['MATCH (n) DETACH DELETE n', 'writes'],
    ["MATCH (e:Entity) SET e.name = 'x'", 'writes'],
    ['CREATE INDEX nope IF NOT EXISTS FOR (n:Article) ON (n.title)', 'schema'],
    ['EXPLAIN MATCH (n) RETURN n', 'EXPLAIN and PROFILE'],
    ['MATCH (n RETURN n', 'refused by Neo4j'],
  ])('refuses %s', async (cypher, why) => {
    const refused = assertReadOnly(driver(), cypher);
    await expect(refused).rejects.toBeInstanceOf(ReadOnlyError);
    await expect(refused).rejects.toThrow(why);
  });

  it('runs reads with parameters and leaves the graph as it was', async () => {
    await driver().executeQuery("CREATE (:Entity:Person {id: 'person:joe-biden', name: 'Joe Biden'})");
    const { keys, records } = await runReadOnly(driver(), 'MATCH (p:Person {id: $id}) RETURN p.name AS name', { id: 'person:joe-biden' });
    expect(keys).toEqual(['name']);
    expect(records.map((r) => r.get('name'))).toEqual(['Joe Biden']);
  });

  it('the CLI prints JSON rows, and refuses a write with exit code 1 and the reason', async () => {
    const ok = await runCli(['query', 'MATCH (p:Person) WHERE p.id = $id RETURN p.name AS name, 1 + $n AS n', '--json', '--param', 'id=person:joe-biden', '--param', 'n=2']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual([{ name: 'Joe Biden', n: 3 }]);

    const table = await runCli(['query', 'MATCH (p:Person) RETURN p.name AS name']);
    expect(table.stdout).toContain('| Joe Biden |');

    const refused = await runCli(['query', 'MATCH (p:Person) DETACH DELETE p']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Only read-only queries run here');
    const { records } = await driver().executeQuery('MATCH (p:Person) RETURN count(p) AS n');
    expect(records[0]?.get('n')).toBe(1);
  });
});
