/**
 * Start, stop and describe the local Neo4j: the real Community server, launched from its own
 * entry point with a neo4j.conf we write, bound to 127.0.0.1, auth on.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { PortInUseError, ServerError } from '../../src/errors.js';
import { boltUriOf, passwordFileOf, type LocalServerSettings } from '../../src/settings.js';
import { archiveJvmArgs, archivePending, finishClassArchive, planClassArchive } from './class-archive.js';
import { instanceDirs, renderNeo4jConf } from './conf.js';
import { fetchNeo4j, NEO4J_ADMIN_CLASS, NEO4J_MAIN_CLASS, readClasspath } from './fetch.js';
import { checkJava, javaCommand } from './prerequisites.js';
import { isPortInUse, isServerProcess } from './process.js';

export interface LocalStatus {
  running: boolean;
  pid: number | undefined;
  uri: string;
  username: string;
  passwordFile: string;
  dbDir: string;
  dataDir: string;
  logsDir: string;
  version: string;
}

type Log = (line: string) => void;

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

// Flags the neo4j launcher script would pass; heap and collector come from settings.
export function jvmArgs(local: LocalServerSettings): string[] {
  return [
    `-Xms${local.heapSize}`,
    `-Xmx${local.heapSize}`,
    local.gc === 'parallel' ? '-XX:+UseParallelGC' : '-XX:+UseG1GC',
    // C1 alone when asked: a cheaper first ingest, dearer long ones (docs/performance.md, "Cold server").
    ...(local.jit === 'c1' ? ['-XX:TieredStopAtLevel=1'] : []),
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dfile.encoding=UTF-8',
    '-Dlog4j2.disable.jmx=true',
  ];
}

function readPid(local: LocalServerSettings): number | undefined {
  const file = instanceDirs(local).pidFile;
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function livePid(local: LocalServerSettings): number | undefined {
  const pid = readPid(local);
  return pid !== undefined && isServerProcess(pid, NEO4J_MAIN_CLASS, local.dbDir) ? pid : undefined;
}

export function localStatus(local: LocalServerSettings): LocalStatus {
  const dirs = instanceDirs(local);
  const pid = livePid(local);
  return {
    running: pid !== undefined,
    pid,
    uri: boltUriOf(local),
    username: 'neo4j',
    passwordFile: passwordFileOf(local),
    dbDir: local.dbDir,
    dataDir: dirs.data,
    logsDir: dirs.logs,
    version: local.version,
  };
}

async function boltAnswers(local: LocalServerSettings, password: string): Promise<boolean> {
  const driver = neo4j.driver(boltUriOf(local), neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function lastLines(file: string, count: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

async function waitForBolt(local: LocalServerSettings, pid: number, password: string): Promise<void> {
  const dirs = instanceDirs(local);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await boltAnswers(local, password)) return;
    if (!isServerProcess(pid, NEO4J_MAIN_CLASS, local.dbDir)) {
      const detail = lastLines(path.join(dirs.logs, 'neo4j.log'), 15) || lastLines(dirs.consoleLog, 15);
      throw new ServerError(`The local Neo4j exited while starting.${detail ? `\n${detail}` : ''}`, {
        hint: `Read ${dirs.logs}/neo4j.log and ${dirs.consoleLog}.`,
      });
    }
    await sleep(500);
  }
  throw new ServerError(`The local Neo4j did not answer on ${boltUriOf(local)} within ${START_TIMEOUT_MS / 1000} s.`, {
    hint: `Read ${dirs.logs}/neo4j.log; stop it with "npx newsgraph db stop" and try again.`,
  });
}

/** Generates the password and hands it to neo4j-admin; only possible before the first start. */
async function ensurePassword(local: LocalServerSettings, javaCommand: string, classpath: string): Promise<string> {
  const file = passwordFileOf(local);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const dirs = instanceDirs(local);
  if (existsSync(path.join(dirs.data, 'databases'))) {
    throw new ServerError(`The local database in ${dirs.data} exists but its password file ${file} is gone.`, {
      hint: `Delete ${local.dbDir} to start from an empty database (its data is lost), or restore the password file.`,
    });
  }
  // Hex, not base64url: a password starting with '-' reads to neo4j-admin as an option (1 start in 64 failed).
  const password = randomBytes(20).toString('hex');
  const run = spawnSync(javaCommand, ['-cp', classpath, NEO4J_ADMIN_CLASS, 'dbms', 'set-initial-password', password], {
    env: { ...process.env, NEO4J_HOME: local.dbDir, NEO4J_CONF: dirs.conf },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new ServerError(`Setting the local Neo4j's initial password failed: ${(run.stderr || run.stdout).trim()}`, {
      hint: `Delete ${local.dbDir} and run "npx newsgraph db start" again.`,
    });
  }
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

export interface StartResult {
  status: LocalStatus;
  alreadyRunning: boolean;
  seconds: number;
}

/** Starts the local server and waits until Bolt answers. Idempotent; recovers from a kill -9. */
export async function startLocal(local: LocalServerSettings, log: Log = () => {}): Promise<StartResult> {
  const started = performance.now();
  const dirs = instanceDirs(local);
  const running = livePid(local);
  if (running !== undefined) {
    const password = (await readFile(passwordFileOf(local), 'utf8')).trim();
    await waitForBolt(local, running, password);
    return { status: localStatus(local), alreadyRunning: true, seconds: (performance.now() - started) / 1000 };
  }
  // A pid file without its process is what a kill -9 or a reboot leaves; Neo4j recovers the store itself.
  await rm(dirs.pidFile, { force: true });
  if (await isPortInUse(local.host, local.boltPort)) throw new PortInUseError(local.host, local.boltPort);

  const { command: java, versionText } = checkJava();
  const { classpath } = await fetchNeo4j(local, log);
  for (const dir of [dirs.conf, dirs.data, dirs.logs, dirs.run]) await mkdir(dir, { recursive: true });
  await chmod(local.dbDir, 0o700);
  await writeFile(path.join(dirs.conf, 'neo4j.conf'), renderNeo4jConf(local));
  const password = await ensurePassword(local, java, classpath);
  const archive = await planClassArchive({
    archiveDir: local.classArchiveDir,
    java,
    javaVersionText: versionText,
    classpath,
    runDir: dirs.run,
  });

  log(`Starting Neo4j ${local.version} on ${boltUriOf(local)}…`);
  const out = openSync(dirs.consoleLog, 'a');
  const child = spawn(
    java,
    [...jvmArgs(local), ...archiveJvmArgs(archive), '-cp', classpath, NEO4J_MAIN_CLASS, `--home-dir=${local.dbDir}`, `--config-dir=${dirs.conf}`],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: local.dbDir, NEO4J_CONF: dirs.conf },
    },
  );
  closeSync(out);
  if (child.pid === undefined) throw new ServerError(`Could not launch ${java}.`, { hint: 'Check JAVA_HOME and PATH.' });
  child.unref();
  await writeFile(dirs.pidFile, `${child.pid}\n`);
  await waitForBolt(local, child.pid, password);
  return { status: localStatus(local), alreadyRunning: false, seconds: (performance.now() - started) / 1000 };
}

export interface StopResult {
  wasRunning: boolean;
  seconds: number;
}

/** Stops the local server cleanly (SIGTERM, then SIGKILL after a minute). Idempotent. */
export async function stopLocal(local: LocalServerSettings, log: Log = () => {}): Promise<StopResult> {
  const started = performance.now();
  const pid = livePid(local);
  const pidFile = instanceDirs(local).pidFile;
  if (pid === undefined) {
    await rm(pidFile, { force: true });
    return { wasRunning: false, seconds: 0 };
  }
  const runDir = instanceDirs(local).run;
  const writesArchive = await archivePending(runDir);
  log(`Stopping Neo4j (pid ${pid})${writesArchive ? '; it writes its class archive first (once, ~10 s)' : ''}…`);
  process.kill(pid, 'SIGTERM');
  // Writing the archive (~120 MB) takes 10-15 s on a busy 2-core machine: give it a minute more.
  const deadline = Date.now() + STOP_TIMEOUT_MS + (writesArchive ? 60_000 : 0);
  let killed = false;
  while (isServerProcess(pid, NEO4J_MAIN_CLASS, local.dbDir)) {
    if (Date.now() > deadline) {
      log('Neo4j did not stop within a minute; killing it.');
      process.kill(pid, 'SIGKILL');
      killed = true;
      break;
    }
    await sleep(200);
  }
  if (writesArchive) {
    const installed = await finishClassArchive(runDir, !killed, javaCommand(), await readClasspath(local));
    if (installed) log(`Class archive ready for the next start: ${installed}`);
  }
  await rm(pidFile, { force: true });
  return { wasRunning: true, seconds: (performance.now() - started) / 1000 };
}
