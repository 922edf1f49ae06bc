/**
 * The local server's class-data sharing archive, with the real JVM and Neo4j: written at a clean
 * stop, checked, installed, mapped at the next start; a torn or refused archive never reaches a server.
 * Its own instance and its own archive folder, so the shared archive of the checkout is not touched.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../graph/driver.js';
import {
  archiveFileName,
  archiveIsUsable,
  finishClassArchive,
  planClassArchive,
} from '../../graph/local/class-archive.js';
import { readClasspath } from '../../graph/local/fetch.js';
import { startLocal, stopLocal } from '../../graph/local/launcher.js';
import { checkJava } from '../../graph/local/prerequisites.js';
import { localConnection } from '../../src/settings.js';
import { TEST_BOLT_PORT, testServerSettings } from '../helpers/test-server.js';

const archiveDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-class-archive-'));
const local = { ...testServerSettings('test-archive', TEST_BOLT_PORT + 3), classArchiveDir: archiveDir };
const java = checkJava();

function cmdlineOf(pid: number | undefined): string[] {
  expect(pid).toBeDefined();
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
}

async function classpath(): Promise<string> {
  const found = await readClasspath(local);
  expect(found).toBeDefined();
  return found as string;
}

describe('class archive of the local server', () => {
  afterAll(async () => {
    await stopLocal(local);
    await rm(archiveDir, { recursive: true, force: true });
  });

  it('is written at the first clean stop, then mapped by the next start', async () => {
    await stopLocal(local);
    const first = await startLocal(local);
    expect(cmdlineOf(first.status.pid).some((arg) => arg.startsWith('-XX:ArchiveClassesAtExit='))).toBe(true);
    const driver = await connect(localConnection(local));
    try {
      // Cypher's planner and runtime load their classes on a first query: they belong in the archive too.
      const { records } = await driver.executeQuery('UNWIND range(1, 3) AS n RETURN sum(n) AS total');
      expect(records[0]?.get('total')).toBe(6);
    } finally {
      await driver.close();
    }
    await stopLocal(local);

    const target = path.join(archiveDir, archiveFileName(java.versionText, await classpath()));
    expect(readdirSync(archiveDir)).toEqual([path.basename(target)]);
    expect(archiveIsUsable(java.command, target, await classpath())).toBe(true);

    const second = await startLocal(local);
    const args = cmdlineOf(second.status.pid);
    expect(args).toContain(`-XX:SharedArchiveFile=${target}`);
    expect(args.some((arg) => arg.startsWith('-XX:ArchiveClassesAtExit='))).toBe(false);
    const again = await connect(localConnection(local));
    try {
      await again.verifyConnectivity();
    } finally {
      await again.close();
    }
    await stopLocal(local);
    expect(readdirSync(archiveDir)).toEqual([path.basename(target)]);
  });

  it.each([
    ['a torn file after a clean exit', true],
    ['an archive of a server that had to be killed', false],
  ])('drops %s instead of installing it', async (_what, exitedCleanly) => {
    const runDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-run-'));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-archives-'));
    try {
      const plan = await planClassArchive({ archiveDir: dir, java: java.command, javaVersionText: java.versionText, classpath: await classpath(), runDir });
      expect(plan.mode).toBe('create');
      if (plan.mode !== 'create') return;
      await writeFile(plan.pending, 'not an archive');
      expect(await finishClassArchive(runDir, exitedCleanly, java.command, await classpath())).toBeUndefined();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      await rm(runDir, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('replaces an installed archive the JVM refuses, and removes what an earlier session left pending', async () => {
    const runDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-run-'));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-archives-'));
    try {
      const input = { archiveDir: dir, java: java.command, javaVersionText: java.versionText, classpath: await classpath(), runDir };
      const broken = path.join(dir, archiveFileName(java.versionText, input.classpath));
      await mkdir(dir, { recursive: true });
      await writeFile(broken, 'torn');
      const first = await planClassArchive(input);
      expect(first.mode).toBe('create');
      expect(existsSync(broken)).toBe(false);
      if (first.mode !== 'create') return;
      await writeFile(first.pending, 'left by a killed server');
      const second = await planClassArchive(input);
      expect(existsSync(first.pending)).toBe(false);
      expect(second.mode).toBe('create');
    } finally {
      await rm(runDir, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  });
});
