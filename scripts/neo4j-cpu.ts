/**
 * The managed local Neo4j's CPU time, for the benchmarks: what a run cost the database, and a wait
 * until the database has finished the work an earlier run left behind (checkpoints, index
 * merges, JIT compiles) before the next timed part starts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { instanceDirs } from '../graph/local/conf.js';
import { resolveSettings } from '../src/settings.js';

/** Under a tenth of a core over one second: the server counts as idle. */
const IDLE_SHARE = 0.1;
const WINDOW_MS = 1000;
const TIMEOUT_MS = 60_000;

/** /proc/<pid>/stat of the managed local Neo4j, or null when the server is external or not running. */
function statFile(): string | null {
  const { connection, local } = resolveSettings();
  const pidFile = instanceDirs(local).pidFile;
  if (connection.mode !== 'local' || !existsSync(pidFile)) return null;
  return `/proc/${readFileSync(pidFile, 'utf8').trim()}/stat`;
}

function cpuSecondsOf(file: string | null): number | null {
  if (file === null) return null;
  try {
    const stat = readFileSync(file, 'utf8');
    // After the parenthesised command name (which may hold spaces), utime and stime are the 12th
    // and 13th fields, in clock ticks (100 a second on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * CPU seconds (user + system, from /proc) of the managed local Neo4j, or null when the server is
 * external or /proc is missing. On a shared machine CPU seconds move far less than wall time.
 */
export function neo4jCpuSeconds(): number | null {
  return cpuSecondsOf(statFile());
}

/**
 * Waits until the server used less than a tenth of a core over one second; returns the seconds
 * waited, or null when its CPU cannot be read (external server) or it stayed busy for 60 s. Right
 * after a large ingest Neo4j keeps a core busy for seconds; a baseline measured then ran up to
 * 20 % slower than one measured on an idle server.
 */
export async function waitForQuietNeo4j(): Promise<number | null> {
  const file = statFile();
  const started = performance.now();
  let before = cpuSecondsOf(file);
  if (before === null) return null;
  while (performance.now() - started < TIMEOUT_MS) {
    await sleep(WINDOW_MS);
    const after = cpuSecondsOf(file);
    if (after === null) return null;
    if (after - before < (IDLE_SHARE * WINDOW_MS) / 1000) return (performance.now() - started) / 1000;
    before = after;
  }
  return null;
}
