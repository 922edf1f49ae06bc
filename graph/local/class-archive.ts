/**
 * Class-data sharing (AppCDS) for the local Neo4j. A just-started server loads, parses and verifies
 * ~12,000 classes before Bolt answers and ~8,000 more (Cypher's planner and runtime) in its first
 * queries; from an archive the JVM maps them ready-made instead (docs/performance.md, "Cold server").
 *
 * The archive is made on this machine, never shipped: a server started without one is told to write
 * the classes it loaded when it exits (-XX:ArchiveClassesAtExit, JDK 13+), into a pending file of its
 * own; a clean stop checks that file with `java -Xshare:on` and only then renames it into place, so a
 * torn or foreign archive is never handed to a server (a truncated one crashes the JVM at start).
 * Archives are keyed by the JVM's version text and the classpath, and checked again before each use.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type ArchivePlan =
  | { mode: 'off' }
  | { mode: 'use'; file: string }
  | { mode: 'create'; pending: string; target: string };

/** What a started server left to do at its stop: kept in its run folder. */
interface PendingRecord {
  pending: string;
  target: string;
}

/** The archive's name for this JVM build and classpath: another JDK or Neo4j version gets its own. */
export function archiveFileName(javaVersionText: string, classpath: string): string {
  const key = createHash('sha256').update(javaVersionText.trim()).update('\0').update(classpath).digest('hex');
  return `neo4j-classes-${key.slice(0, 16)}.jsa`;
}

/** The JVM flags for a plan: map the archive, or write one at exit. */
export function archiveJvmArgs(plan: ArchivePlan): string[] {
  if (plan.mode === 'use') return [`-XX:SharedArchiveFile=${plan.file}`];
  if (plan.mode === 'create') return [`-XX:ArchiveClassesAtExit=${plan.pending}`];
  return [];
}

/** True when this JVM maps the archive with this classpath (-Xshare:on fails instead of falling back). */
export function archiveIsUsable(java: string, file: string, classpath: string): boolean {
  const run = spawnSync(java, ['-Xshare:on', `-XX:SharedArchiveFile=${file}`, '-cp', classpath, '-version'], {
    stdio: 'ignore',
    timeout: 60_000,
  });
  return run.status === 0;
}

function recordFile(runDir: string): string {
  return path.join(runDir, 'class-archive.json');
}

async function readRecord(runDir: string): Promise<PendingRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(recordFile(runDir), 'utf8')) as Partial<PendingRecord>;
    return typeof record.pending === 'string' && typeof record.target === 'string'
      ? { pending: record.pending, target: record.target }
      : undefined;
  } catch {
    return undefined;
  }
}

export interface PlanInput {
  /** Where archives live; undefined when NEWSGRAPH_NEO4J_CLASS_ARCHIVE=off. */
  archiveDir: string | undefined;
  java: string;
  javaVersionText: string;
  classpath: string;
  /** The instance's run folder (holds the pending record). */
  runDir: string;
}

/**
 * Decides, before a start, whether the server maps an archive or writes one. A pending file that an
 * earlier session left (killed, or the machine went down) is removed first; an archive this JVM
 * refuses is removed and made again.
 */
export async function planClassArchive(input: PlanInput): Promise<ArchivePlan> {
  await discardPending(input.runDir);
  if (input.archiveDir === undefined) return { mode: 'off' };
  const target = path.join(input.archiveDir, archiveFileName(input.javaVersionText, input.classpath));
  if (existsSync(target)) {
    if (archiveIsUsable(input.java, target, input.classpath)) return { mode: 'use', file: target };
    await rm(target, { force: true });
  }
  await mkdir(input.archiveDir, { recursive: true });
  const pending = `${target}.${randomBytes(6).toString('hex')}.pending`;
  await writeFile(recordFile(input.runDir), `${JSON.stringify({ pending, target } satisfies PendingRecord)}\n`);
  return { mode: 'create', pending, target };
}

async function discardPending(runDir: string): Promise<void> {
  const record = await readRecord(runDir);
  if (record) await rm(record.pending, { force: true });
  await rm(recordFile(runDir), { force: true });
}

/** True when the server that is stopping was told to write an archive (its stop takes longer). */
export async function archivePending(runDir: string): Promise<boolean> {
  return (await readRecord(runDir)) !== undefined;
}

/**
 * After the server has exited: installs the archive it wrote if it exited cleanly and the JVM maps it,
 * otherwise drops it. Returns the installed file, or undefined.
 */
export async function finishClassArchive(
  runDir: string,
  exitedCleanly: boolean,
  java: string,
  classpath: string | undefined,
): Promise<string | undefined> {
  const record = await readRecord(runDir);
  await rm(recordFile(runDir), { force: true });
  if (!record || !existsSync(record.pending)) return undefined;
  const usable = exitedCleanly && classpath !== undefined && archiveIsUsable(java, record.pending, classpath);
  if (!usable || existsSync(record.target)) {
    // Another instance may have installed the same archive meanwhile; the first one stays.
    await rm(record.pending, { force: true });
    return undefined;
  }
  await rename(record.pending, record.target);
  return record.target;
}
