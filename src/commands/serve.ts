/** `newsgraph serve`: the explorer (browser app + JSON API) over the configured Neo4j. */
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { connect } from '../../graph/driver.js';
import { ensureAppBuilt } from '../../viz/server/app-build.js';
import { neo4jData } from '../../viz/server/explorer-data.js';
import { isLoopback, startServer } from '../../viz/server/server.js';
import { ConfigError } from '../errors.js';
import { resolveSettings } from '../settings.js';

const say = (line: string) => process.stderr.write(`${line}\n`);

export function parsePortOption(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new ConfigError(`--port ${raw} is not a TCP port.`, { hint: 'Use a whole number from 0 (any free port) to 65535, e.g. --port 5173.' });
  }
  return port;
}

function openBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => say(`Open ${url} in your browser.`));
  child.unref();
}

export interface ServeOptions {
  port: number;
  host: string;
  open: boolean;
}

/** Serves the explorer until SIGINT or SIGTERM; `serve` and `demo` both end here. */
export async function serveExplorer(options: ServeOptions): Promise<void> {
  const settings = resolveSettings();
  const driver = await connect(settings.connection);
  const distDir = await ensureAppBuilt(say);
  const server = await startServer({
    data: neo4jData(driver, { database: settings.connection.database }),
    host: options.host,
    port: options.port,
    distDir,
    log: say,
  });
  if (!isLoopback(options.host)) say(`Warning: listening on ${options.host}, so other machines can reach the explorer and its Cypher console.`);
  say(`Explorer on ${server.url} (graph: ${settings.connection.uri}). Ctrl-C stops it.`);
  process.stdout.write(`${server.url}\n`);
  if (options.open) openBrowser(server.url);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await driver.close();
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('the explorer: a browser app and its JSON API over the graph, on 127.0.0.1')
    .option('--port <port>', 'TCP port (0 picks a free one)', '5173')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-open', 'do not open a browser')
    .action(async (options: { port: string; host: string; open: boolean }) => {
      await serveExplorer({ port: parsePortOption(options.port), host: options.host, open: options.open });
    });
}
