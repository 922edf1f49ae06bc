/** `newsgraph demo` (what `npm start` runs): the local Neo4j, then what the demo has so far. */
import type { Command } from 'commander';
import { startLocal } from '../../graph/local/launcher.js';
import { resolveSettings } from '../settings.js';
import { describeStatus } from './db.js';

const say = (line: string) => process.stderr.write(`${line}\n`);

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('start the local Neo4j for the demo (what "npm start" runs)')
    .action(async () => {
      const settings = resolveSettings();
      if (settings.connection.mode === 'external') {
        say(`NEO4J_URI is set: the demo uses ${settings.connection.uri}; the local server is not started.`);
      } else {
        const result = await startLocal(settings.local, say);
        process.stdout.write(`${describeStatus(result.status)}\n`);
      }
      say('');
      say('Not there yet: ingesting the demo corpus and serving the explorer are still being built.');
      say('The database is up and empty; connect to it with the details above.');
    });
}
