/**
 * `newsgraph query` and the explorer's console against attempts to write, change the schema, run
 * administration or reach files and URLs: each attempt refused with a message that says why, and the
 * graph's checksum unchanged afterwards. A listening HTTP server proves LOAD CSV never fetched.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum, type GraphChecksum } from '../../../graph/checksum.js';
import { ingest } from '../../../ingest/ingest.js';
import { runQuery } from '../../../src/commands/query.js';
import { createApi } from '../../../viz/server/api.js';
import { neo4jData } from '../../../viz/server/explorer-data.js';
import { AIRLIFT, ENGLISH, EVACUATION } from '../../fixtures/graph/articles.js';
import { useTestGraph } from '../../helpers/neo4j.js';
import { runCli } from '../../helpers/run-cli.js';
import { ATTEMPTS, URL_PLACEHOLDER } from './write-attempts.js';

describe('read-only Cypher: query and the console refuse every write, schema, admin or file attempt', () => {
  const driver = useTestGraph();
  let before: GraphChecksum;
  let api: ReturnType<typeof createApi>;
  let hits = 0;
  let trap: http.Server;
  let trapUrl = '';

  beforeAll(async () => {
    const summary = await ingest([EVACUATION, AIRLIFT, ENGLISH], { driver: driver() });
    expect(summary.written).toBe(3);
    before = await graphChecksum(driver());
    expect(before.nodes).toBeGreaterThan(5);
    api = createApi({ data: neo4jData(driver()) });
    trap = http.createServer((_req, res) => {
      hits++;
      res.end('a,b\n1,2\n');
    });
    await new Promise<void>((done) => trap.listen(0, '127.0.0.1', done));
    trapUrl = `http://127.0.0.1:${(trap.address() as AddressInfo).port}/rows.csv`;
  });

  afterAll(async () => {
    await new Promise<void>((done) => trap?.close(() => done()));
  });

  const fill = (cypher: string) => cypher.replaceAll(URL_PLACEHOLDER, trapUrl);

  it('has at least 30 distinct attempts', () => {
    expect(new Set(ATTEMPTS.map((a) => a.cypher)).size).toBe(ATTEMPTS.length);
    expect(ATTEMPTS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ATTEMPTS)('query refuses $name', async ({ cypher, why }) => {
    const error = await runQuery(driver(), fill(cypher), {}).then(
      () => null,
      (e: unknown) => e as { message: string; hint?: string | null },
    );
    expect(error, 'the query ran').not.toBeNull();
    expect(error!.message).toMatch(why);
    expect(error!.hint ?? '').not.toBe('');
  });

  it.each(ATTEMPTS)('the console refuses $name', async ({ cypher, why }) => {
    const response = await api.request('/api/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher: fill(cypher) }),
    });
    const body = (await response.json()) as { error?: string; hint?: string };
    expect([400, 403]).toContain(response.status);
    expect(body.error).toMatch(why);
    expect(body.hint ?? '').not.toBe('');
  });

  it('the real CLI exits 1 with the reason on stderr (a write, a file read, two statements)', async () => {
    for (const [cypher, why] of [
      ["MATCH (e:Entity) SET e.name = 'x' RETURN e", /writes/],
      [`LOAD CSV FROM '${trapUrl}' AS row RETURN row`, /LOAD CSV reads files/],
      ['MATCH (n) RETURN n; MATCH (n) DETACH DELETE n', /one statement/],
    ] as const) {
      const run = await runCli(['query', cypher]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(why);
      expect(run.stdout).toBe('');
    }
  });

  it('a plain read still runs through both, so the guard is not refusing everything', async () => {
    const { records } = await runQuery(driver(), 'MATCH (e:Entity) RETURN count(e) AS n', {});
    expect(Number(records[0]?.get('n'))).toBeGreaterThan(0);
    const response = await api.request('/api/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher: 'MATCH (e:Entity) RETURN e.id AS id LIMIT 3' }),
    });
    expect(response.status).toBe(200);
  });

  it('left the graph exactly as it was, and no URL was fetched', async () => {
    expect(await graphChecksum(driver())).toEqual(before);
    expect(hits).toBe(0);
    const { records } = await driver().executeQuery('SHOW USERS YIELD user RETURN collect(user) AS users', {}, { database: 'system' });
    expect(records[0]?.get('users')).toEqual(['neo4j']);
    const labels = await driver().executeQuery('CALL db.labels() YIELD label RETURN collect(label) AS labels');
    expect(labels.records[0]?.get('labels')).not.toContain('Pwned');
  });
});
