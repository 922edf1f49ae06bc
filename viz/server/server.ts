/** Starts the explorer's HTTP server on host:port (port 0 picks a free one) and says where it is. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ConfigError } from '../../src/errors.js';
import { createApi } from './api.js';
import type { ExplorerData } from './explorer-data.js';

export interface ServerOptions {
  data: ExplorerData;
  host: string;
  port: number;
  distDir?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const loopback = isLoopback(options.host);
  // On loopback only loopback names may reach the API (DNS rebinding); elsewhere the user chose to expose it.
  const allowedHosts = loopback ? new Set(['127.0.0.1', 'localhost', '[::1]', options.host]) : null;
  const app = createApi({ data: options.data, distDir: options.distDir, allowedHosts, compress: !loopback, log: options.log });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shownHost}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(`Port ${options.port} on ${options.host} is already in use, so the explorer cannot listen there.`, {
              hint: 'Choose another port with --port <number>, or stop the program that holds it.',
            })
          : error,
      );
    });
  });
}
