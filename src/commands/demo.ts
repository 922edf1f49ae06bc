/** `newsgraph demo` (what `npm start` runs): the local Neo4j, the demo corpus ingested, the explorer served. */
import path from 'node:path';
import type { Command } from 'commander';
import { startLocal } from '../../graph/local/launcher.js';
import { ingest } from '../../ingest/ingest.js';
import { describeSummary } from '../../ingest/summary.js';
import { PROJECT_ROOT, resolveSettings } from '../settings.js';
import { describeStatus } from './db.js';
import { parsePortOption, serveExplorer } from './serve.js';

const say = (line: string) => process.stderr.write(`${line}\n`);

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('start the local Neo4j, ingest the demo corpus (data/demo) and serve the explorer (what "npm start" runs)')
    .option('--port <port>', "the explorer's TCP port", '5173')
    .option('--no-open', 'do not open a browser')
    .option('--no-serve', 'stop after the ingest')
    .action(async (options: { port: string; open: boolean; serve: boolean }) => {
      const port = parsePortOption(options.port);
      const settings = resolveSettings();
      if (settings.connection.mode === 'external') {
        say(`NEO4J_URI is set: the demo uses ${settings.connection.uri}; the local server is not started.`);
      } else {
        const result = await startLocal(settings.local, say);
        process.stdout.write(`${describeStatus(result.status)}\n`);
      }
      say('');
      say('Ingesting the demo corpus (data/demo); articles already in the graph are skipped…');
      say(describeSummary(await ingest([path.join(PROJECT_ROOT, 'data', 'demo')])));
      say('');
      say('Try: npx newsgraph query "MATCH (p:Person)<-[m:MENTIONS]-() RETURN p.name AS person, sum(m.count) AS mentions ORDER BY mentions DESC LIMIT 10"');
      if (options.serve) await serveExplorer({ port, host: '127.0.0.1', open: options.open });
    });
}
