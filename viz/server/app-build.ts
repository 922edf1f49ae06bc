/**
 * The browser app is bundled by Vite into viz/dist (git-ignored). `serve` and the e2e tests call
 * ensureAppBuilt(): it builds when the bundle is missing or older than any source file.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/settings.js';

export const APP_DIR = path.join(PROJECT_ROOT, 'viz', 'app');
export const SHARED_DIR = path.join(PROJECT_ROOT, 'viz', 'shared');
export const DIST_DIR = path.join(PROJECT_ROOT, 'viz', 'dist');
const STAMP = path.join(DIST_DIR, '.built');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function appIsStale(): boolean {
  if (!existsSync(STAMP) || !existsSync(path.join(DIST_DIR, 'index.html'))) return true;
  const built = statSync(STAMP).mtimeMs;
  return Math.max(newestMtime(APP_DIR), newestMtime(SHARED_DIR)) > built;
}

export async function buildApp(): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: APP_DIR,
    base: './',
    logLevel: 'warn',
    build: { outDir: DIST_DIR, emptyOutDir: true, chunkSizeWarningLimit: 2_000, sourcemap: false },
  });
  writeFileSync(STAMP, new Date().toISOString());
}

/** Builds when needed; says so, since a first build takes a few seconds. */
export async function ensureAppBuilt(say: (line: string) => void = () => {}): Promise<string> {
  if (appIsStale()) {
    say('Building the explorer app (viz/app → viz/dist)…');
    const started = performance.now();
    await buildApp();
    say(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
  return DIST_DIR;
}
