import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/settings.js';
import { runCli, testServerEnv } from '../../helpers/run-cli.js';
import { useTestGraph } from '../../helpers/neo4j.js';

describe('newsgraph serve', () => {
  useTestGraph();

  it('serves the app and the API on a free loopback port, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'), 'serve', '--port', '0', '--no-open'], {
      cwd: PROJECT_ROOT,
      env: testServerEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      const url = chunk.toString().trim();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>newsgraph explorer</title>');
      const api = await fetch(`${url}api/timeline`);
      expect(await api.json()).toEqual({ days: [] });
      // fetch() sets Host itself; a raw request can send the name a rebinding page would.
      const rebound = await new Promise<number>((resolve, reject) => {
        http.get(`${url}api/timeline`, { headers: { host: 'attacker.example' } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        }).on('error', reject);
      });
      expect(rebound).toBe(403);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code, stderr).toBe(0);
  });

  it.each([
    [['serve', '--port', 'abc', '--no-open'], /--port abc is not a TCP port/],
    [['serve', '--port', '70000', '--no-open'], /--port 70000 is not a TCP port/],
  ])('refuses %j with exit code 1 and the reason', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });
});
