/**
 * Extraction workers run niced (ingest/extract-pool.ts) so Neo4j's write transactions get the CPU
 * first: each worker thread, and only it, carries the nice value asked for. Read from
 * /proc/self/task (Linux, where one thread's priority can be set apart).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtractPool, DEFAULT_WORKER_NICE, type ExtractPool } from '../../../ingest/extract-pool.js';

/** Nice value of each thread of this process, by thread id. */
function threadNices(): Map<string, number> {
  const nices = new Map<string, number>();
  for (const task of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      // After "pid (comm) ": state is field 0, nice is field 16.
      nices.set(task, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return nices;
}

describe('extraction workers are niced', () => {
  let pool: ExtractPool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it.each([
    [undefined, DEFAULT_WORKER_NICE],
    [0, 0],
    [5, 5],
  ])('nice option %s → the worker thread runs at nice %i, the others as before', async (nice, expected) => {
    const before = threadNices();
    const own = mainNice(before);
    pool = await createExtractPool({ workers: 1, nice });
    const added = [...threadNices()].filter(([task]) => !before.has(task)).map(([, n]) => n);
    // The worker's thread is among the new ones; with nothing asked, none of them is niced.
    if (expected === 0) expect(added.every((n) => n === own)).toBe(true);
    else expect(added).toContain(own + expected);
    expect(added.length).toBeGreaterThan(0);
    // The threads that were there keep their priority.
    for (const [task, n] of threadNices()) if (before.has(task)) expect(n).toBe(before.get(task));
    expect(DEFAULT_WORKER_NICE).toBeGreaterThan(0);
  });
});

/** The nice value this process's threads start with (the main thread's). */
function mainNice(nices: Map<string, number>): number {
  return nices.get(String(process.pid)) ?? 0;
}
