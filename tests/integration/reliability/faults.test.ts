/**
 * Faults during ingest, through the real CLI, on a Neo4j of its own (own folder, port = test port
 * + 10; + 11 is a port where nothing listens) so the shared test server is never stopped:
 *
 *   1. a clean run gives checksum C (graph/checksum.ts);
 *   2. the ingest killed with -9 once the first articles are committed; the rerun gives C;
 *   3. the Neo4j server killed with -9 mid-ingest: the ingest ends with one clear line, non-zero;
 *   4. while it is down, an ingest started then (local settings, and NEO4J_URI to a closed port)
 *      exits 1 with a clear message and writes nothing (its articles are absent afterwards);
 *   5. the server started again: the rerun gives C.
 *
 * One server start plus one restart. Batches of one article and extraction in this thread make the
 * interrupted ingests long enough (tens of transactions) to be struck between commits.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum, type GraphChecksum } from '../../../graph/checksum.js';
import { localStatus, stopLocal } from '../../../graph/local/launcher.js';
import { wipeGraph } from '../../../graph/wipe.js';
import { generatedCorpus } from '../../../scripts/fault-ingest.js';
import { PROJECT_ROOT } from '../../../src/settings.js';
import { ownServerEnv, startOwnServer, TEST_BOLT_PORT, testServerSettings } from '../../helpers/test-server.js';

const local = testServerSettings('test-faults', TEST_BOLT_PORT + 10);
const CLOSED_PORT = TEST_BOLT_PORT + 11;
const ARTICLES = 40;

const env = ownServerEnv(local);

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}): { kill(): void; done: Promise<Ended> } {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'), ...args], { cwd: PROJECT_ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<Ended>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { kill: () => child.kill('SIGKILL'), done };
}

/** A message for people: a named reason on one `error:` line and a hint, never a stack trace. */
function expectClearFailure(run: Ended, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).toMatch(/^error: /m);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr, run.stderr).not.toMatch(/\n\s+at /);
}

describe('faults during ingest (own Neo4j)', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-faults-'));
  const corpus = path.join(work, 'corpus.jsonl');
  const lateCorpus = path.join(work, 'late.jsonl');
  // Runs that are interrupted go one article per transaction; the others in one batch (the graph
  // does not depend on batching: tests/integration/reliability/concurrent-ingest.test.ts).
  const SLOW = ['ingest', corpus, '--json', '--batch-size', '1', '--concurrency', '1'];
  const INGEST = ['ingest', corpus, '--json', '--concurrency', '1'];
  let driver: Driver;
  let clean: GraphChecksum;

  const committed = async (): Promise<number> => {
    const { records } = await driver.executeQuery('MATCH (a:Article) WHERE a.contentHash IS NOT NULL RETURN count(a) AS n');
    return Number(records[0]!.get('n'));
  };
  /** Polls the graph until the ingest has committed its first articles (it is then mid-run). */
  const waitForFirstCommit = async (run: { done: Promise<Ended> }): Promise<number> => {
    let ended = false;
    void run.done.then(() => (ended = true));
    for (;;) {
      const n = await committed();
      if (n >= 2 || ended) return n;
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    writeFileSync(corpus, generatedCorpus(ARTICLES));
    writeFileSync(lateCorpus, generatedCorpus(5).replaceAll('fault-', 'late-'));
    driver = await startOwnServer(local, 'faults');
    await wipeGraph(driver);
  });

  afterAll(async () => {
    await driver?.close();
    await stopLocal(local);
    rmSync(work, { recursive: true, force: true });
  });

  it('a clean run writes every article', async () => {
    const run = await cli(INGEST).done;
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ articles: ARTICLES, written: ARTICLES });
    clean = await graphChecksum(driver);
    expect(clean.nodes).toBeGreaterThan(ARTICLES);
  });

  it('the ingest killed with -9 mid-run: the rerun gives the clean graph', async () => {
    await wipeGraph(driver);
    const run = cli(SLOW);
    const atKill = await waitForFirstCommit(run);
    run.kill();
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    const left = await committed();
    expect(atKill).toBeGreaterThan(0);
    expect(left).toBeLessThan(ARTICLES);

    const rerun = await cli(INGEST).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ written: ARTICLES - left, unchanged: left });
    expect(await graphChecksum(driver)).toEqual(clean);
  });

  it('Neo4j killed mid-ingest: one clear line; an ingest started while it is down writes nothing; after a restart the rerun gives the clean graph', { timeout: 240_000 }, async () => {
    await wipeGraph(driver);
    const run = cli(SLOW);
    expect(await waitForFirstCommit(run)).toBeGreaterThan(0);
    const pid = localStatus(local).pid;
    expect(pid).toBeDefined();
    process.kill(pid!, 'SIGKILL');

    // Unreachable at start, while the server is down: the local server and an explicit NEO4J_URI.
    const [atStart, external] = await Promise.all([
      cli(['ingest', lateCorpus, '--concurrency', '1']).done,
      cli(['ingest', lateCorpus, '--concurrency', '1'], { NEO4J_URI: `bolt://127.0.0.1:${CLOSED_PORT}`, NEO4J_PASSWORD: 'x' }).done,
    ]);
    expectClearFailure(atStart, /Neo4j/);
    expectClearFailure(external, new RegExp(`127\\.0\\.0\\.1:${CLOSED_PORT}`));

    const interrupted = await run.done;
    expectClearFailure(interrupted, /Neo4j stopped answering during the ingest .*articles? (was|were) written before it/);

    await driver.close();
    driver = await startOwnServer(local, 'faults');
    const { records } = await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH 'late-' RETURN count(n) AS n");
    expect(Number(records[0]!.get('n'))).toBe(0);
    const left = await committed();
    expect(left).toBeLessThan(ARTICLES);

    const rerun = await cli(INGEST).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ written: ARTICLES - left, unchanged: left });
    expect(await graphChecksum(driver)).toEqual(clean);
  });
});
