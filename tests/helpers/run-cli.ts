/** Runs `newsgraph …` as a child process against the test Neo4j, for CLI tests. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/settings.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment that points the CLI's local mode at the test server. */
export function testServerEnv(): NodeJS.ProcessEnv {
  const connection = inject('neo4j');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
  env.NEWSGRAPH_DB_DIR = path.dirname(connection.passwordFile ?? '');
  env.NEWSGRAPH_BOLT_PORT = new URL(connection.uri.replace(/^bolt/, 'http')).port;
  return env;
}

export function runCli(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: options.env ?? testServerEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
