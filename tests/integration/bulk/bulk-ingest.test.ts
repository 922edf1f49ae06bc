/**
 * `newsgraph ingest --bulk` against the real Neo4j and its real offline importer, on an instance of
 * its own (own folder, port = test port + 12), because the bulk load stops and starts the server.
 * Both paths run in this process (ingest() with and without `bulk`), so they extract with the same
 * code even while the checkout changes under them; the refusals go through the CLI.
 *
 *   1. the corpus (demo corpus, graph fixtures, edge cases of tests/fixtures/bulk) through the
 *      transactional path: checksum N, property types T, summary S;
 *   2. the graph wiped, the same corpus through --bulk: the same checksum, the same property types
 *      (Float where the driver sent numbers, lists of strings), the same summary and the same
 *      rejected inputs (a bad JSON line, an article whose related link is too large to index);
 *   3. a normal ingest of the same corpus (less the superseded version of the edited article) on
 *      the bulk-loaded graph, plain and --force: the graph unchanged;
 *   4. --bulk on the now non-empty graph: refused (exit 1, says to ingest without --bulk), the graph
 *      untouched; --bulk with NEO4J_URI set or with --dry-run: refused before anything is read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum, type GraphChecksum } from '../../../graph/checksum.js';
import { connect } from '../../../graph/driver.js';
import { localStatus, stopLocal } from '../../../graph/local/launcher.js';
import { SCHEMA_NAMES } from '../../../graph/schema.js';
import { wipeGraph } from '../../../graph/wipe.js';
import { ingest } from '../../../ingest/ingest.js';
import type { IngestSummary } from '../../../ingest/summary.js';
import { localConnection } from '../../../src/settings.js';
import { BULK_EDGE_LINES, BULK_LATE_LINES, BULK_RERUN_LINES } from '../../fixtures/bulk/corpus.js';
import { runCli } from '../../helpers/run-cli.js';
import { ownServerEnv, startOwnServer, TEST_BOLT_PORT, testServerSettings } from '../../helpers/test-server.js';

const local = testServerSettings('test-bulk', TEST_BOLT_PORT + 12);
const env = ownServerEnv(local);

const cli = (args: string[], extraEnv: NodeJS.ProcessEnv = {}) => runCli(args, { env: { ...env, ...extraEnv } });

/** Every property's Cypher type, per node and relationship: the checksum reads 1.0 and 1 alike. */
async function propertyTypes(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, n.id AS id, [k IN keys(n) | k + ":" + valueType(n[k])] AS types');
  const rels = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, [k IN keys(r) | k + ":" + valueType(r[k])] AS types');
  return [
    ...nodes.records.map((r) => JSON.stringify([[...(r.get('labels') as string[])].sort(), r.get('id'), [...(r.get('types') as string[])].sort()])),
    ...rels.records.map((r) => JSON.stringify([r.get('a'), r.get('type'), r.get('b'), [...(r.get('types') as string[])].sort()])),
  ].sort();
}

/** The summary without its time, rejections by input only (the two paths word a refusal differently). */
function comparable(summary: IngestSummary) {
  const { seconds: _seconds, rejected, ...rest } = summary;
  return { ...rest, rejected: rejected.map((r) => `${r.input}:${r.line ?? ''}`).sort() };
}

const PROCESS_ENV = ['NEWSGRAPH_DB_DIR', 'NEWSGRAPH_BOLT_PORT', 'NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;

describe('ingest --bulk (own Neo4j)', () => {
  const saved = Object.fromEntries(PROCESS_ENV.map((name) => [name, process.env[name]]));
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bulk-'));
  const edges = path.join(work, 'edges.jsonl');
  const rerun = path.join(work, 'rerun.jsonl');
  const late = path.join(work, 'late.jsonl');
  // The edit of an article comes last, batches after its first version (see BULK_LATE_LINES).
  const CORPUS = [edges, 'tests/fixtures/graph/ingest', 'data/demo/jsonl', 'data/demo/pages', 'data/demo/html', 'data/demo/feeds', late];
  // Small batches: what many batches add to one entity, role or pair is combined across batches.
  const BATCH = { batchSize: 3 };
  let driver: Driver;
  let normal: { checksum: GraphChecksum; types: string[]; summary: IngestSummary };

  beforeAll(async () => {
    writeFileSync(edges, `${BULK_EDGE_LINES.join('\n')}\n`);
    writeFileSync(rerun, `${BULK_RERUN_LINES.join('\n')}\n`);
    writeFileSync(late, `${BULK_LATE_LINES.join('\n')}\n`);
    // ingest() reads its settings from the environment: point it at this file's instance.
    for (const name of PROCESS_ENV) delete process.env[name];
    process.env.NEWSGRAPH_DB_DIR = local.dbDir;
    process.env.NEWSGRAPH_BOLT_PORT = String(local.boltPort);
    driver = await startOwnServer(local, 'bulk');
    await wipeGraph(driver);
  });

  afterAll(async () => {
    await driver?.close();
    await stopLocal(local);
    rmSync(work, { recursive: true, force: true });
    for (const name of PROCESS_ENV) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('the transactional path: the reference graph', async () => {
    const summary = await ingest(CORPUS, BATCH);
    expect(summary.unchanged).toBe(1);
    expect(summary.rejected.map((r) => r.input)).toEqual(expect.arrayContaining(['bulk-huge-link', 'tests/fixtures/graph/ingest/articles.jsonl']));
    normal = { checksum: await graphChecksum(driver), types: await propertyTypes(driver), summary };
    expect(normal.checksum.nodes).toBeGreaterThan(100);
  });

  it('--bulk into the emptied database gives the same graph, property types and summary, and names the rejected inputs', { timeout: 300_000 }, async () => {
    await wipeGraph(driver);
    await driver.close();
    const pid = localStatus(local).pid;
    const summary = await ingest(CORPUS, { ...BATCH, bulk: true });
    driver = await connect(localConnection(local));
    // It was stopped and started again.
    expect(localStatus(local).pid).not.toBe(pid);
    expect(comparable(summary)).toEqual(comparable(normal.summary));
    const huge = summary.rejected.find((r) => r.input === 'bulk-huge-link');
    expect(huge?.reason).toMatch(/bulk load cannot take article bulk-huge-link: the id of a related article it links to is 9,024 bytes in UTF-8, more than a Neo4j index key holds/);
    expect(huge?.hint).toMatch(/Shorten or drop this related link/);

    expect(await graphChecksum(driver)).toEqual(normal.checksum);
    expect(await propertyTypes(driver)).toEqual(normal.types);
    const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(records[0]!.get('names')).toEqual(expect.arrayContaining([...SCHEMA_NAMES.constraints]));
    const search = await driver.executeQuery("CALL db.index.fulltext.queryNodes('entityNames', 'バイデン') YIELD node RETURN node.id AS id LIMIT 1");
    expect(search.records.map((r) => r.get('id'))).toEqual(['person:joe-biden']);
  });

  it('a normal ingest of the same corpus on the bulk-loaded graph changes nothing, plain or --force', { timeout: 240_000 }, async () => {
    const corpus = [rerun, ...CORPUS.slice(1)];
    expect(await ingest(corpus, BATCH)).toMatchObject({ written: 0, unchanged: normal.summary.written });
    expect(await graphChecksum(driver)).toEqual(normal.checksum);
    // --force rewrites every article through the writer (clear, re-MERGE, counter deltas) onto the bulk-loaded graph.
    const forced = await ingest(corpus, { ...BATCH, force: true });
    expect(forced.unchanged).toBe(0);
    expect(forced.written).toBeGreaterThan(normal.summary.written - 5);
    expect(await graphChecksum(driver)).toEqual(normal.checksum);
  });

  it('--bulk is refused on a database that holds data, with an external NEO4J_URI and with --dry-run', async () => {
    const pid = localStatus(local).pid;
    const [full, external, dry] = await Promise.all([
      cli(['ingest', '--bulk', edges, '--json']),
      cli(['ingest', '--bulk', edges, '--json'], { NEO4J_URI: `bolt://127.0.0.1:${TEST_BOLT_PORT + 11}`, NEO4J_PASSWORD: 'x' }),
      cli(['ingest', '--bulk', '--dry-run', edges, '--json']),
    ]);
    for (const run of [full, external, dry]) {
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^error: /m);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(full.stderr).toMatch(/already holds data/);
    expect(full.stderr).toMatch(/use `newsgraph ingest` without --bulk to add to an existing graph/);
    expect(external.stderr).toMatch(new RegExp(`NEO4J_URI points at bolt://127\\.0\\.0\\.1:${TEST_BOLT_PORT + 11}`));
    expect(dry.stderr).toMatch(/--bulk and --dry-run do not go together/);
    // The server was never stopped, and the graph is as it was.
    expect(localStatus(local).pid).toBe(pid);
    expect(await graphChecksum(driver)).toEqual(normal.checksum);
  });
});
