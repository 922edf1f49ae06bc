/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, org.neo4j.cli.AdminTool on the
 * local server's classpath, as graph/local/launcher.ts runs it for the password) over the bulk
 * files. The server must be stopped: the importer writes the store files itself.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ServerError } from '../../src/errors.js';
import type { LocalServerSettings } from '../../src/settings.js';
import { instanceDirs } from '../local/conf.js';
import { fetchNeo4j, NEO4J_ADMIN_CLASS } from '../local/fetch.js';
import { checkJava } from '../local/prerequisites.js';
import type { CsvFileSpec } from './csv-files.js';

export interface ImportPlan {
  database: string;
  files: ReadonlyArray<{ spec: CsvFileSpec; path: string }>;
  reportFile: string;
  /** The longest single value in the files, in UTF-16 code units. */
  largestValue: number;
}

const MIN_READ_BUFFER = 4 * 1024 * 1024;

/** The importer's arguments (pure, so the test reads them as text). */
export function importArguments(plan: ImportPlan): string[] {
  // Each value must fit the read buffer: 3 bytes per UTF-16 unit at most, rounded up to a MiB.
  const needed = Math.ceil((plan.largestValue * 3 + 1024) / (1024 * 1024)) * 1024 * 1024;
  return [
    'database',
    'import',
    'full',
    // Before the options: the file options take every word after them as one more file.
    plan.database,
    '--overwrite-destination=true',
    // Bodies and comments hold line breaks.
    '--multiline-fields=true',
    `--array-delimiter=U+${0x1f.toString(16).toUpperCase().padStart(4, '0')}`,
    '--id-type=string',
    `--read-buffer-size=${Math.max(MIN_READ_BUFFER, needed)}`,
    `--report-file=${plan.reportFile}`,
    ...plan.files.map(({ spec, path }) => `--${spec.kind}=${spec.target}=${path}`),
  ];
}

export interface ImportResult {
  seconds: number;
  log: string;
}

/** Runs the importer; its output goes to `log`. Throws a ServerError with its last lines when it fails. */
export async function runAdminImport(local: LocalServerSettings, plan: ImportPlan, log: string): Promise<ImportResult> {
  const started = performance.now();
  const { command: java } = checkJava();
  const { classpath } = await fetchNeo4j(local);
  const dirs = instanceDirs(local);
  const args = ['-Xmx' + local.heapSize, '-cp', classpath, NEO4J_ADMIN_CLASS, ...importArguments(plan)];
  const status = await new Promise<number>((resolve, reject) => {
    const out = createWriteStream(log);
    const child = spawn(java, args, { env: { ...process.env, NEO4J_HOME: local.dbDir, NEO4J_CONF: dirs.conf }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on('error', reject);
    child.on('close', (code) => out.end(() => resolve(code ?? 1)));
  });
  if (status !== 0) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => l.trim() !== '' && !/^\s+at /.test(l) && !/^[.\s]*\d+%/.test(l)).slice(-8).join('\n') : '';
    throw new ServerError(`neo4j-admin database import failed (exit ${status}).${tail ? `\n${tail}` : ''}`, {
      hint: `Read ${log}. The database was empty before the import: its half-written store was deleted, so it starts empty again.`,
    });
  }
  return { seconds: (performance.now() - started) / 1000, log };
}

/**
 * After a failed import the importer leaves the store "likely in an unusable state" (Neo4j then
 * reports the database unavailable). The bulk load only imports into a database that was empty, so
 * deleting its store and transaction logs loses nothing: the server creates it empty at its next start.
 * Only with the server stopped.
 */
export async function discardFailedImport(local: LocalServerSettings, database: string): Promise<void> {
  const { data } = instanceDirs(local);
  // The name came from the server (db.info()); still, never let it walk out of the data folder.
  if (database !== path.basename(database) || database === 'system' || database.startsWith('.')) throw new Error(`not a database folder name: ${database}`);
  await rm(path.join(data, 'databases', database), { recursive: true, force: true });
  await rm(path.join(data, 'transactions', database), { recursive: true, force: true });
}
