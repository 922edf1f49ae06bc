import { describe, expect, it } from 'vitest';
import { useTestGraph } from '../helpers/neo4j.js';

describe('the local Neo4j over Bolt', () => {
  const driver = useTestGraph();

  it('answers RETURN 1', async () => {
    const { records } = await driver().executeQuery('RETURN 1 AS one');
    expect(records[0]?.get('one')).toBe(1);
  });

  it('keeps what a write transaction wrote, Japanese text included', async () => {
    const rows = [
      { id: 'a1', title: '米国、タリバンとの交渉内容を認める' },
      { id: 'a2', title: 'Limited Coordination Between U.S., NATO Allies' },
    ];
    await driver().executeQuery('UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.title = row.title', { rows });
    const { records } = await driver().executeQuery('MATCH (a:Article) RETURN a.id AS id, a.title AS title ORDER BY id', {}, { routing: 'READ' });
    expect(records.map((r) => r.toObject())).toEqual(rows);
  });

  it('starts the file with an empty graph', async () => {
    const { records } = await driver().executeQuery("MATCH (n) WHERE NOT n:Article RETURN count(n) AS n");
    expect(records[0]?.get('n')).toBe(0);
  });
});
