/**
 * The managed local Neo4j's CPU time, for the benchmarks: what a run cost the database, and a wait
 * until the database has finished the work an earlier run left behind (checkpoints, index
 * merges, JIT compiles) before the next timed part starts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { instanceDirs } from '../graph/local/conf.js';
import { resolveSettings } from '../src/settings.js';

/**
 * CPU seconds (user + system, from /proc) of the managed local Neo4j, or null when the server is
 * external or /proc is missing. On a shared machine CPU seconds move far less than wall time.
 */
export function neo4jCpuSeconds(): number | null {
  const { connection, local } = resolveSettings();
  const pidFile = instanceDirs(local).pidFile;
  if (connection.mode !== 'local' || !existsSync(pidFile)) return null;
  try {
    const stat = readFileSync(`/proc/${readFileSync(pidFile, 'utf8').trim()}/stat`, 'utf8');
    // After the parenthesised command name (which may hold spaces), utime and stime are the 12th
    // and 13th fields, in clock ticks (100 a second on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export interface QuietOptions {
  /** CPU share of one core under which the server counts as idle (default 0.1). */
  share?: number;
  /** Length of each measuring window in ms (default 1000). */
  windowMs?: number;
  /** Give up waiting after this many ms (default 60 s). */
  timeoutMs?: number;
}

/**
 * Waits until the server used less than `share` of a core over one window; returns the seconds
 * waited, or null when its CPU cannot be read (external server) or it stayed busy until the
 * timeout. Right after a large ingest Neo4j keeps a core busy for seconds; a baseline measured
 * then ran up to 20 % slower than one measured on an idle server.
 */
export async function waitForQuietNeo4j(options: QuietOptions = {}): Promise<number | null> {
  const share = options.share ?? 0.1;
  const windowMs = options.windowMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const started = performance.now();
  let before = neo4jCpuSeconds();
  if (before === null) return null;
  while (performance.now() - started < timeoutMs) {
    await sleep(windowMs);
    const after = neo4jCpuSeconds();
    if (after === null) return null;
    if (after - before < (share * windowMs) / 1000) return (performance.now() - started) / 1000;
    before = after;
  }
  return null;
}
