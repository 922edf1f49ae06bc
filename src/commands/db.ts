/** `newsgraph db start|stop|status|fetch`: the local Neo4j. */
import type { Command } from 'commander';
import { fetchNeo4j } from '../../graph/local/fetch.js';
import { localStatus, startLocal, stopLocal, type LocalStatus } from '../../graph/local/launcher.js';
import { resolveSettings } from '../settings.js';

const say = (line: string) => process.stderr.write(`${line}\n`);

export function describeStatus(status: LocalStatus): string {
  const lines = [
    `Neo4j ${status.version} (local): ${status.running ? `running, pid ${status.pid}` : 'stopped'}`,
    `  Bolt URI:      ${status.uri}`,
    `  user:          ${status.username}`,
    `  password file: ${status.passwordFile}`,
    `  data:          ${status.dataDir}`,
    `  logs:          ${status.logsDir}`,
  ];
  if (status.running) {
    lines.push(
      '  connect with:',
      `    cypher-shell -a ${status.uri} -u ${status.username} -p "$(cat ${status.passwordFile})"`,
      `    Neo4j Browser or Desktop: connect URL ${status.uri}, user ${status.username}, the password in the file above`,
    );
  } else {
    lines.push('  start it with: npx newsgraph db start');
  }
  return lines.join('\n');
}

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('the local Neo4j server (Community 5.26, fetched from Maven Central)');

  db.command('fetch')
    .description('download the Neo4j jars with Maven (done by "start" when needed)')
    .action(async () => {
      const { local } = resolveSettings();
      const result = await fetchNeo4j(local, say);
      say(result.fetched ? `Fetched Neo4j ${local.version} in ${result.seconds.toFixed(1)} s.` : `Neo4j ${local.version} is already fetched.`);
    });

  db.command('start')
    .description('start the local Neo4j and wait until Bolt answers; does nothing if it runs already')
    .option('--json', 'print the status as JSON')
    .action(async (options: { json?: boolean }) => {
      const { local } = resolveSettings();
      const result = await startLocal(local, say);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ ...result.status, alreadyRunning: result.alreadyRunning, seconds: result.seconds })}\n`);
        return;
      }
      say(result.alreadyRunning ? 'Neo4j was already running.' : `Neo4j started in ${result.seconds.toFixed(1)} s.`);
      process.stdout.write(`${result.status.uri}\n`);
    });

  db.command('stop')
    .description('stop the local Neo4j cleanly; does nothing if it is not running')
    .action(async () => {
      const { local } = resolveSettings();
      const result = await stopLocal(local, say);
      say(result.wasRunning ? `Neo4j stopped in ${result.seconds.toFixed(1)} s.` : 'Neo4j was not running.');
    });

  db.command('status')
    .description('say whether the local Neo4j runs, where its data is and how to connect')
    .option('--json', 'print the status as JSON')
    .action((options: { json?: boolean }) => {
      const settings = resolveSettings();
      const status = localStatus(settings.local);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(status)}\n`);
        return;
      }
      process.stdout.write(`${describeStatus(status)}\n`);
      if (settings.connection.mode === 'external') {
        process.stdout.write(`Note: NEO4J_URI is set, so newsgraph uses ${settings.connection.uri}, not the local server.\n`);
      }
    });
}
