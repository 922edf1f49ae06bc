/**
 * The local server's lifecycle through the real CLI, on an instance of its own (its own folder and
 * port) so the shared test server is never disturbed.
 */
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../graph/driver.js';
import { stopLocal } from '../../graph/local/launcher.js';
import { PROJECT_ROOT, localConnection } from '../../src/settings.js';
import { TEST_BOLT_PORT, testServerSettings } from '../helpers/test-server.js';

const run = promisify(execFile);
// Ports beside the test server's, so checkouts that test side by side do not collide.
const local = testServerSettings('test-lifecycle', TEST_BOLT_PORT + 1);
const squatterPort = TEST_BOLT_PORT + 2;
const uri = `bolt://127.0.0.1:${local.boltPort}`;
const env = { ...process.env, NEWSGRAPH_DB_DIR: local.dbDir, NEWSGRAPH_BOLT_PORT: String(local.boltPort), NEWSGRAPH_NEO4J_PAGECACHE: '128m' };

async function cli(args: string[], extraEnv: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(PROJECT_ROOT, 'bin/newsgraph.js'), ...args], {
      env: { ...env, ...extraEnv },
      cwd: PROJECT_ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function status(): Promise<{ running: boolean; pid?: number }> {
  return JSON.parse((await cli(['db', 'status', '--json'])).stdout);
}

// The instance's folder outlives a run (it is reused by the next `npm test`): count this run's marker only.
const RUN = `${process.pid}-${Date.now()}`;

async function countMarkers(): Promise<number> {
  const driver = await connect(localConnection(local));
  try {
    const { records } = await driver.executeQuery('MATCH (m:LifecycleMarker {run: $run}) RETURN count(m) AS n', { run: RUN });
    return records[0]?.get('n') as number;
  } finally {
    await driver.close();
  }
}

describe('newsgraph db start / stop / status', () => {
  afterAll(async () => {
    await stopLocal(local);
  });

  it('starts the server, prints its Bolt URI, and RETURN 1 works with the generated password', async () => {
    await stopLocal(local);
    const started = await cli(['db', 'start']);
    expect(started.code).toBe(0);
    expect(started.stdout.trim()).toBe(uri);
    const driver = await connect(localConnection(local));
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    await driver.close();
    expect(records[0]?.get('one')).toBe(1);
    expect(statSync(path.join(local.dbDir, 'password')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(local.dbDir, 'conf', 'neo4j.conf'), 'utf8')).toContain(`server.bolt.listen_address=127.0.0.1:${local.boltPort}`);
  });

  it('does nothing on a second start: same process, same URI', async () => {
    const before = await status();
    const again = await cli(['db', 'start']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('already running');
    expect(again.stdout.trim()).toBe(uri);
    expect((await status()).pid).toBe(before.pid);
  });

  it('recovers after the server is killed with -9, keeping committed data', async () => {
    const driver = await connect(localConnection(local));
    await driver.executeQuery('CREATE (:LifecycleMarker {run: $run, at: timestamp()})', { run: RUN });
    await driver.close();
    const { pid } = await status();
    process.kill(pid!, 'SIGKILL');
    await expect.poll(async () => (await status()).running, { timeout: 10_000 }).toBe(false);

    const restarted = await cli(['db', 'start']);
    expect(restarted.code).toBe(0);
    expect((await status()).running).toBe(true);
    expect(await countMarkers()).toBe(1);
  });

  it('stops cleanly, and a second stop is a no-op', async () => {
    const first = await cli(['db', 'stop']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Neo4j stopped');
    expect((await status()).running).toBe(false);
    const second = await cli(['db', 'stop']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('was not running');
  });

  it('refuses to start on a port another program holds, and says what to do', async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(squatterPort, '127.0.0.1', resolve));
    try {
      const blocked = await cli(['db', 'start'], { NEWSGRAPH_BOLT_PORT: String(squatterPort) });
      expect(blocked.code).toBe(1);
      expect(blocked.stderr).toContain(`Port ${squatterPort} on 127.0.0.1 is already in use`);
      expect(blocked.stderr).toContain('NEWSGRAPH_BOLT_PORT');
      expect((await status()).running).toBe(false);
    } finally {
      squatter.close();
    }
  });
});
