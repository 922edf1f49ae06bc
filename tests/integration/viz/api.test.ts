import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivityPayload, EntityDetails, GraphPayload, Overview, QueryResult, SearchHit } from '../../../viz/shared/api-types.js';
import { edgeRows, nodeRows } from '../../../viz/shared/columns.js';
import { createApi } from '../../../viz/server/api.js';
import { neo4jData } from '../../../viz/server/explorer-data.js';
import { seedExplorerGraph } from '../../fixtures/viz/explorer-graph.js';
import { useTestGraph } from '../../helpers/neo4j.js';

describe('the explorer API on the real Neo4j', () => {
  const driver = useTestGraph();
  let api: ReturnType<typeof createApi>;

  beforeAll(async () => {
    await seedExplorerGraph(driver());
    api = createApi({ data: neo4jData(driver()) });
  });

  const get = async <T>(path: string) => {
    const response = await api.request(path);
    return { status: response.status, body: (await response.json()) as T };
  };
  const query = async (cypher: unknown, init: RequestInit = {}) => {
    const response = await api.request('/api/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher }),
      ...init,
    });
    return { status: response.status, body: (await response.json()) as QueryResult & { error?: string; reason?: string; hint?: string } };
  };

  it.each([
    ['バイデン', 'person:joe-biden'],
    ['Biden', 'person:joe-biden'],
    ['joe biden', 'person:joe-biden'],
    ['米国', 'country:US'],
    ['U.S.', 'country:US'],
    ['アメリカ', 'country:US'],
    ['タリバン', 'org:taliban'],
  ])('search %s finds %s first', async (q, id) => {
    const { status, body } = await get<{ hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.hits[0]?.id).toBe(id);
  });

  it('search finds a name from part of it through the full-text index', async () => {
    const { body } = await get<{ hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent('Bid')}`);
    expect(body.hits.map((h) => h.id)).toContain('person:joe-biden');
  });

  it('gives an entity with aliases, role, mentions over time and the sentences that mention it', async () => {
    const { status, body } = await get<EntityDetails>('/api/entity/person%3Ajoe-biden');
    expect(status).toBe(200);
    expect(body.nameJa).toBe('ジョー・バイデン');
    expect(body.aliases).toContain('バイデン');
    expect(body.roles).toEqual([expect.objectContaining({ title: 'president', titleJa: '大統領', ofId: 'country:US' })]);
    expect(body.timeline.map((t) => t.day)).toEqual(['2021-08-03', '2021-08-16', '2021-08-25']);
    const sentences = body.sentences.map((s) => [s.where, s.text, s.text.slice(...s.highlights[0]!)]);
    expect(sentences).toContainEqual(['article', 'バイデン大統領は3日、アフガニスタンからの撤退について演説した。', 'バイデン']);
    expect(sentences).toContainEqual(['comment', 'バイデン氏の判断は正しかったのか疑問だ。', 'バイデン']);
    expect(sentences).toContainEqual(['article', 'Joe Biden defended the withdrawal from Afghanistan on Monday.', 'Joe Biden']);
    expect(sentences).toContainEqual(['comment', 'Biden should have listened to the generals.', 'Biden']);
  });

  it('links sentences only to http(s) article URLs', async () => {
    const { body } = await get<EntityDetails>('/api/entity/location%3Akabul');
    const byArticle = new Map(body.sentences.map((s) => [s.articleId, s.articleUrl]));
    expect(byArticle.get('demo:en-2021-08-25')).toBeNull();
    expect(byArticle.get('demo:ja-2021-08-30')).toBe('https://example.org/ja/2021-08-30');
  });

  it('gives the neighbourhood with co-occurrence weights and article dates', async () => {
    const { status, body } = await get<GraphPayload>('/api/neighbours/country%3AAF');
    expect(status).toBe(200);
    expect(body.nodes.id[0]).toBe('country:AF');
    const weights = Object.fromEntries(edgeRows(body).map((e) => [e.source === 'country:AF' ? e.target : e.source, e.weight]));
    expect(weights).toMatchObject({ 'person:joe-biden': 2, 'country:US': 2, 'org:nato': 1, 'org:taliban': 1, 'location:kabul': 1 });
    // Compact: no article lists; where they are mentioned comes from /api/activity.
    expect(body.nodes.activity.every((a) => a === null)).toBe(true);
    expect(body.buckets).toEqual([]);
  });

  it('gives the activity of entities: articles per day and publisher, body and comments counted once per article', async () => {
    const { status, body } = await get<ActivityPayload>('/api/activity?id=org%3Ataliban&id=country%3AAF&id=person%3Anobody');
    expect(status).toBe(200);
    expect(body.ids).toEqual(['org:taliban', 'country:AF']);
    const perDay = (i: number) => {
      const a = body.activity[i]!;
      const out: Record<string, number> = {};
      for (let j = 0; j < a.length; j += 2) out[body.buckets[a[j]!]!.day ?? 'undated'] = (out[body.buckets[a[j]!]!.day ?? 'undated'] ?? 0) + a[j + 1]!;
      return out;
    };
    // Taliban: the 08-30 article and its comment, one article.
    expect(perDay(0)).toEqual({ '2021-08-30': 1 });
    expect(perDay(1)).toEqual({ '2021-08-03': 1, '2021-08-16': 1, '2021-08-30': 1 });
  });

  it('computes the overview once for clients that ask at the same time, and again for another limit', async () => {
    const data = neo4jData(driver());
    const together = await Promise.all(Array.from({ length: 12 }, () => data.overview(6)));
    for (const overview of together) expect(overview).toBe(together[0]);
    const other = await data.overview(4);
    expect(other).not.toBe(together[0]);
    expect(nodeRows(other)).toHaveLength(4);
    expect(await data.overview(4)).toBe(other);
  });

  it('gives an overview of the most mentioned entities with positions, edges and article stamps', async () => {
    const { body } = await get<Overview>('/api/overview?limit=5');
    const nodes = nodeRows(body);
    expect(nodes).toHaveLength(5);
    expect(nodes[0]?.id).toBe('person:joe-biden');
    expect(nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(new Set(nodes.map((n) => `${n.x},${n.y}`)).size).toBe(5);
    expect(edgeRows(body).length).toBeGreaterThan(0);
    expect(body.sites).toEqual(['NHK', 'The Guardian']);
    // Joe Biden: in the articles of 08-03, 08-16 and 08-25 (comments of the first two count with their article).
    const biden = nodes[0]!.activity!;
    const days: string[] = [];
    for (let i = 0; i < biden.length; i += 2) days.push(`${body.buckets[biden[i]!]!.day}×${biden[i + 1]}`);
    expect(days.sort()).toEqual(['2021-08-03×1', '2021-08-16×1', '2021-08-25×1']);
  });

  it('gives article days for the time slider', async () => {
    const { body } = await get<{ days: Array<{ day: string; articles: number }> }>('/api/timeline');
    expect(body.days).toEqual([
      { day: '2021-08-03', articles: 1 },
      { day: '2021-08-16', articles: 1 },
      { day: '2021-08-25', articles: 1 },
      { day: '2021-08-30', articles: 1 },
    ]);
  });

  it.each([
    ['/api/search', 400, /"q" is missing/],
    [`/api/search?q=${'x'.repeat(101)}`, 400, /at most 100/],
    ['/api/search?q=Biden&limit=0', 400, /"limit"/],
    ['/api/search?q=Biden&limit=abc', 400, /"limit"/],
    ['/api/overview?limit=99999', 400, /from 1 to 2000/],
    [`/api/entity/${'x'.repeat(201)}`, 400, /at most 200/],
    ['/api/entity/person%3Anobody', 404, /No entity has the id "person:nobody"/],
    ['/api/neighbours/person%3Anobody', 404, /No entity/],
    ['/api/activity', 400, /No entity "id"/],
    [`/api/activity?${Array.from({ length: 501 }, (_, i) => `id=e${i}`).join('&')}`, 400, /501 entity ids .* at most 500/],
    [`/api/activity?id=${'x'.repeat(201)}`, 400, /at most 200/],
    ['/api/nothing', 404, /No API route/],
  ])('GET %s answers %i with a reason', async (path, status, message) => {
    const response = await get<{ error: string; hint: string }>(path);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatch(message);
    expect(response.body.hint).toBeTruthy();
  });

  it.each([
    ["CREATE (:Entity {id: 'x'})", 'writes'],
    ["MATCH (e:Entity {id: 'person:joe-biden'}) SET e.name = 'x'", 'writes'],
    ['MATCH (n) DETACH DELETE n', 'writes'],
    ["MERGE (e:Entity {id: 'x'}) RETURN e", 'writes'],
    ['CREATE INDEX x IF NOT EXISTS FOR (e:Entity) ON (e.name)', 'schema'],
    ['DROP CONSTRAINT entity_id', 'schema'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'reads-files'],
    ['CALL dbms.listConfig()', 'procedure'],
    ['SHOW USERS', 'admin'],
  ])('refuses %s (%s) and leaves the graph as it was', async (cypher, reason) => {
    const { status, body } = await query(cypher);
    expect(status).toBe(403);
    expect(body.reason).toBe(reason);
    expect(body.error).toMatch(/^Refused/);
    const { records } = await driver().executeQuery("MATCH (e:Entity) WHERE e.id = 'x' OR e.name = 'x' RETURN count(e) AS n");
    expect(records[0]?.get('n')).toBe(0);
    const { records: all } = await driver().executeQuery('MATCH (e:Entity) RETURN count(e) AS n');
    expect(all[0]?.get('n')).toBe(10);
  });

  it('runs a read query and returns nodes, relationships and plain values', async () => {
    const { status, body } = await query("MATCH (p:Person {id: 'person:joe-biden'})-[r:HOLDS_ROLE]->(c) RETURN p, r, c.name AS country, 1 + 1 AS two");
    expect(status).toBe(200);
    expect(body.columns).toEqual(['p', 'r', 'country', 'two']);
    const [p, r, country, two] = body.rows[0]!;
    expect(p).toMatchObject({ $type: 'node', labels: expect.arrayContaining(['Entity', 'Person']), properties: { id: 'person:joe-biden' } });
    expect(r).toMatchObject({ $type: 'relationship', type: 'HOLDS_ROLE' });
    expect([country, two]).toEqual(['United States', 2]);
  });

  it('answers a query Neo4j cannot parse with 400 and Neo4j\'s message', async () => {
    const { status, body } = await query('MATCH (n RETURN n');
    expect(status).toBe(400);
    expect(body.error).toMatch(/Invalid input/i);
  });

  it.each([
    [{ cypher: 42 }, /"cypher" must be a string/],
    [{ cypher: 'RETURN 1', params: [1] }, /"params" must be an object/],
    [['RETURN 1'], /JSON object/],
  ])('refuses the body %j with 400', async (payload, message) => {
    const response = await api.request('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it('refuses a body that is not JSON, and one that is too large', async () => {
    const notJson = await api.request('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{cypher' });
    expect(notJson.status).toBe(400);
    const large = await api.request('/api/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher: `RETURN '${'x'.repeat(70_000)}'` }),
    });
    expect(large.status).toBe(413);
  });
});
