/**
 * The explorer's HTTP surface on a real server over the real Neo4j: bad API inputs get a clear 4xx
 * (never a 5xx), path traversal on the static files is refused, foreign Host headers are refused,
 * and `serve` listens on 127.0.0.1 only unless told otherwise.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/settings.js';
import { DIST_DIR, ensureAppBuilt } from '../../../viz/server/app-build.js';
import { neo4jData } from '../../../viz/server/explorer-data.js';
import { startServer, type RunningServer } from '../../../viz/server/server.js';
import { seedExplorerGraph } from '../../fixtures/viz/explorer-graph.js';
import { useTestGraph } from '../../helpers/neo4j.js';
import { testServerEnv } from '../../helpers/run-cli.js';

interface Raw {
  status: number;
  body: string;
}

/** A request with the path sent byte for byte (fetch would normalize ../ and %2e away). */
function raw(port: number, method: string, rawPath: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: rawPath, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function refusedAt(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
  });
}

/** An address of this machine other than loopback, to prove nothing listens there. */
function outsideAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

// [what, method, path, headers, body, expected status]
const BAD_REQUESTS: Array<[string, string, string, Record<string, string>, string | undefined, number]> = [
  ['limit not a number', 'GET', '/api/overview?limit=abc', {}, undefined, 400],
  ['limit zero', 'GET', '/api/overview?limit=0', {}, undefined, 400],
  ['limit negative', 'GET', '/api/overview?limit=-5', {}, undefined, 400],
  ['limit a fraction', 'GET', '/api/overview?limit=1.5', {}, undefined, 400],
  ['limit in exponent form', 'GET', '/api/overview?limit=1e3', {}, undefined, 400],
  ['limit far too large', 'GET', '/api/overview?limit=99999999999999999999', {}, undefined, 400],
  ['limit given twice as an array-like name', 'GET', '/api/overview?limit[]=5', {}, undefined, 200],
  ['entity id too long', 'GET', `/api/entity/${'x'.repeat(201)}`, {}, undefined, 400],
  ['entity id with a NUL', 'GET', '/api/entity/person%00x', {}, undefined, 400],
  ['entity id with a newline', 'GET', '/api/entity/person%0Ax', {}, undefined, 400],
  ['unknown entity', 'GET', '/api/entity/person%3Anobody-at-all', {}, undefined, 404],
  ['unknown entity with Cypher in it', 'GET', `/api/entity/${encodeURIComponent("x'}) DETACH DELETE n //")}`, {}, undefined, 404],
  ['sentences limit too large', 'GET', '/api/entity/person%3Ajoe-biden?sentences=100000', {}, undefined, 400],
  ['neighbours of an unknown entity', 'GET', '/api/neighbours/org%3Anowhere', {}, undefined, 404],
  ['neighbours limit not a number', 'GET', '/api/neighbours/person%3Ajoe-biden?limit=all', {}, undefined, 400],
  ['search without q', 'GET', '/api/search', {}, undefined, 400],
  ['search with blank q', 'GET', '/api/search?q=%20%20', {}, undefined, 400],
  ['search text too long', 'GET', `/api/search?q=${'a'.repeat(101)}`, {}, undefined, 400],
  ['search with a control character', 'GET', '/api/search?q=Bi%01den', {}, undefined, 400],
  ['search limit too large', 'GET', '/api/search?q=Biden&limit=51', {}, undefined, 400],
  ['search full of Lucene syntax', 'GET', `/api/search?q=${encodeURIComponent('AND OR NOT ( [ { ~ * ? \\ " : ^ ! -')}`, {}, undefined, 200],
  ['search with a lone backslash', 'GET', `/api/search?q=${encodeURIComponent('\\')}`, {}, undefined, 200],
  ['search with Cypher', 'GET', `/api/search?q=${encodeURIComponent("') MATCH (n) DETACH DELETE n //")}`, {}, undefined, 200],
  ['query without a content type', 'POST', '/api/query', {}, '{"cypher":"RETURN 1"}', 400],
  ['query as form data', 'POST', '/api/query', { 'content-type': 'application/x-www-form-urlencoded' }, 'cypher=RETURN+1', 400],
  ['query body not JSON', 'POST', '/api/query', JSON_HEADERS, '{"cypher": ', 400],
  ['query body an array', 'POST', '/api/query', JSON_HEADERS, '["RETURN 1"]', 400],
  ['query body null', 'POST', '/api/query', JSON_HEADERS, 'null', 400],
  ['cypher a number', 'POST', '/api/query', JSON_HEADERS, '{"cypher": 1}', 400],
  ['cypher missing', 'POST', '/api/query', JSON_HEADERS, '{"query": "RETURN 1"}', 400],
  ['params an array', 'POST', '/api/query', JSON_HEADERS, '{"cypher": "RETURN $x", "params": [1]}', 400],
  ['a parameter missing', 'POST', '/api/query', JSON_HEADERS, '{"cypher": "RETURN $x AS x"}', 400],
  ['a syntax error', 'POST', '/api/query', JSON_HEADERS, '{"cypher": "MATCH (n RETURN n"}', 400],
  ['cypher over 10 000 characters', 'POST', '/api/query', JSON_HEADERS, JSON.stringify({ cypher: `RETURN 1 AS x${' '.repeat(10_000)}` }), 403],
  ['body over 64 KB', 'POST', '/api/query', JSON_HEADERS, JSON.stringify({ cypher: 'RETURN 1', pad: 'x'.repeat(70_000) }), 413],
  ['an unknown API route', 'GET', '/api/users', {}, undefined, 404],
  ['DELETE on a read route', 'DELETE', '/api/overview', {}, undefined, 404],
  ['PUT on the query route', 'PUT', '/api/query', JSON_HEADERS, '{"cypher":"RETURN 1"}', 404],
];

const TRAVERSALS = [
  '/../package.json',
  '/../../../../etc/passwd',
  '/..%2fpackage.json',
  '/%2e%2e/package.json',
  '/%2e%2e%2fpackage.json',
  '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  '/assets/../../package.json',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/..%5cpackage.json',
  '/%2e%2e%5c%2e%2e%5cpackage.json',
  '/..\\..\\package.json',
  '//etc/passwd',
  '/%2fetc%2fpasswd',
  '/etc/passwd',
  '/%252e%252e/package.json',
  '/....//package.json',
  '/assets/%00../../package.json',
  '/index.html%00.png',
  '/%c0%ae%c0%ae/package.json',
  `/${encodeURIComponent(path.join(PROJECT_ROOT, 'package.json'))}`,
  `/${path.join(PROJECT_ROOT, 'package.json')}`,
  'http://127.0.0.1/../package.json',
];

/** What leaks if traversal works: the project's package.json or the system's passwd. */
const LEAK = /"devDependencies"|"vitest"|root:x:0:0/;

describe('the explorer server: inputs, static files, hosts and binding', () => {
  const driver = useTestGraph();
  let server: RunningServer;

  beforeAll(async () => {
    await seedExplorerGraph(driver());
    await ensureAppBuilt(() => {});
    server = await startServer({ data: neo4jData(driver()), host: '127.0.0.1', port: 0, distDir: DIST_DIR });
  });

  afterAll(async () => {
    await server?.close();
  });

  it.each(BAD_REQUESTS)('%s → a 4xx with a reason and a hint', async (_what, method, rawPath, headers, body, status) => {
    const response = await raw(server.port, method, rawPath, headers, body);
    expect(response.status).toBe(status);
    const json = JSON.parse(response.body) as { error?: string; hint?: string };
    if (status >= 400) {
      expect(json.error).toMatch(/\w{3,}/);
      expect(json.hint ?? '').not.toBe('');
    }
  });

  it('serves the app itself, so the refusals below are not a dead server', async () => {
    const response = await raw(server.port, 'GET', '/');
    expect(response.status).toBe(200);
    expect(response.body).toMatch(/<html/i);
  });

  it.each(TRAVERSALS)('refuses the path %s', async (rawPath) => {
    const response = await raw(server.port, 'GET', rawPath);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).not.toMatch(LEAK);
  });

  it.each(['evil.example', 'evil.example:80', '192.0.2.10', 'localhost.evil.example'])('refuses the Host header %s (DNS rebinding)', async (host) => {
    const response = await raw(server.port, 'GET', '/api/timeline', { host });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body).error).toMatch(/is not served here/);
  });

  it('sends a content security policy that forbids inline scripts', async () => {
    const response = await fetch(server.url);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the real `serve` listens on 127.0.0.1 only, and so does the test Neo4j', async () => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'), 'serve', '--port', '0', '--no-open'], {
      cwd: PROJECT_ROOT,
      env: testServerEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          if (out.includes('\n')) resolve(out.trim());
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const { hostname, port } = new URL(url);
      expect(hostname).toBe('127.0.0.1');
      expect(await refusedAt('127.0.0.1', Number(port))).toBe(false);
      const outside = outsideAddress();
      expect(outside, 'this machine has no non-loopback IPv4 address to test from').not.toBeNull();
      expect(await refusedAt(outside!, Number(port))).toBe(true);
      const boltPort = Number(testServerEnv().NEWSGRAPH_BOLT_PORT);
      expect(await refusedAt('127.0.0.1', boltPort)).toBe(false);
      expect(await refusedAt(outside!, boltPort)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
