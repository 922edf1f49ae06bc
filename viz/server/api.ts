/**
 * The explorer's HTTP API (Hono): JSON routes over ExplorerData, each input validated first,
 * typed errors turned into 4xx with the reason and what to send instead. Also serves the app.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { ConnectionError } from '../../src/errors.js';
import type { ApiError } from '../shared/api-types.js';
import type { ExplorerData } from './explorer-data.js';
import { CypherError, ReadOnlyError } from './read-only.js';
import { BadRequestError, entityIdParam, idListParam, limitParam, LIMITS, queryBody, searchParam } from './validate.js';

export interface ApiOptions {
  data: ExplorerData;
  /** The built app (index.html and assets); no static files are served when absent. */
  distDir?: string;
  /** Host names the Host header may carry; guards a loopback server against DNS rebinding. Null: any. */
  allowedHosts?: ReadonlySet<string> | null;
  /** gzip responses: worth it over a network, pure CPU cost over loopback. */
  compress?: boolean;
  log?: (line: string) => void;
}

const MAX_BODY = 64 * 1024;

function fail(c: Context, status: 400 | 403 | 404 | 413 | 500 | 503, error: string, hint?: string, extra: object = {}) {
  const body: ApiError & Record<string, unknown> = { error, ...(hint ? { hint } : {}), ...extra };
  return c.json(body, status);
}

export function hostnameOf(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.replace(/:\d+$/, '');
}

export function createApi(options: ApiOptions): Hono {
  const { data } = options;
  const log = options.log ?? (() => {});
  const app = new Hono();

  app.use('*', async (c, next) => {
    const allowed = options.allowedHosts;
    if (allowed && !allowed.has(hostnameOf(c.req.header('host')))) {
      return fail(c, 403, `Host "${c.req.header('host') ?? ''}" is not served here.`, 'Open the explorer at http://127.0.0.1:<port>/.');
    }
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );

  // The overview of a large graph is megabytes of JSON; gzip makes it a sixth of that on the wire.
  if (options.compress) app.use('*', compress());

  app.onError((error, c) => {
    if (error instanceof BadRequestError) return fail(c, error.status, error.message, error.hint);
    if (error instanceof ReadOnlyError) return fail(c, 403, error.message, error.hint, { reason: error.reason });
    if (error instanceof CypherError) return fail(c, 400, error.message, error.hint, { code: error.code });
    if (error instanceof ConnectionError) return fail(c, 503, error.message, error.hint);
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
      return fail(c, 503, 'Neo4j is not reachable.', 'Start it with "npx newsgraph db start" and reload.');
    }
    log(`explorer API error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fail(c, 500, 'The server failed on this request; its log has the details.');
  });

  app.get('/api/overview', async (c) => {
    const limit = limitParam(c.req.query('limit'), 'limit', 300, LIMITS.overviewMax);
    return c.json(await data.overview(limit));
  });

  app.get('/api/entity/:id', async (c) => {
    const id = entityIdParam(c.req.param('id'));
    const details = await data.entity(id, limitParam(c.req.query('sentences'), 'sentences', 100, 500));
    if (!details) return fail(c, 404, `No entity has the id "${id}".`, 'Find an id with /api/search?q=<name>.');
    return c.json(details);
  });

  app.get('/api/neighbours/:id', async (c) => {
    const id = entityIdParam(c.req.param('id'));
    const payload = await data.neighbours(id, limitParam(c.req.query('limit'), 'limit', 50, LIMITS.neighboursMax));
    if (!payload) return fail(c, 404, `No entity has the id "${id}".`, 'Find an id with /api/search?q=<name>.');
    return c.json(payload);
  });

  app.get('/api/activity', async (c) => c.json(await data.activity(idListParam(c.req.queries('id')))));

  app.get('/api/search', async (c) => {
    const q = searchParam(c.req.query('q'));
    const limit = limitParam(c.req.query('limit'), 'limit', 10, LIMITS.searchMax);
    return c.json({ q, hits: await data.search(q, limit) });
  });

  app.get('/api/timeline', async (c) => c.json({ days: await data.timeline() }));

  app.post(
    '/api/query',
    bodyLimit({
      maxSize: MAX_BODY,
      onError: (c) => fail(c, 413, `The request body is larger than ${MAX_BODY} bytes.`, 'Send a shorter query.'),
    }),
    async (c) => {
      if (!(c.req.header('content-type') ?? '').includes('application/json')) {
        throw new BadRequestError('The body must be JSON (Content-Type: application/json).', 'Send {"cypher": "MATCH (e:Entity) RETURN e LIMIT 10"}.');
      }
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new BadRequestError('The body is not valid JSON.', 'Send {"cypher": "MATCH (e:Entity) RETURN e LIMIT 10"}.');
      }
      const { cypher, params } = queryBody(body);
      return c.json(await data.query(cypher, params));
    },
  );

  app.all('/api/*', (c) => fail(c, 404, `No API route ${c.req.method} ${c.req.path}.`, 'Routes: /api/overview, /api/entity/:id, /api/neighbours/:id, /api/activity?id=, /api/search?q=, /api/timeline, POST /api/query.'));

  if (options.distDir) {
    app.use('/*', serveStatic({ root: options.distDir }));
    app.get('*', (c) => fail(c, 404, `No page at ${c.req.path}.`, 'Open / for the explorer.'));
  }
  return app;
}
