/** The `newsgraph` command line. Each command lives in src/commands; this file wires and reports. */
import { Command, CommanderError } from 'commander';
import { registerDbCommands } from './commands/db.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerQueryCommand } from './commands/query.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerExportCommand } from './commands/export.js';
import { registerParseCommand } from './commands/parse.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerServeCommand } from './commands/serve.js';
import { registerExtractCommand } from './commands/extract.js';
import { EXIT, NewsgraphError } from './errors.js';

const program = new Command('newsgraph')
  .description('Japanese and English news and reader comments → a Neo4j knowledge graph')
  .showHelpAfterError()
  .exitOverride();

registerDbCommands(program);
registerDemoCommand(program);
registerQueryCommand(program);
registerIngestCommand(program);
registerExportCommand(program);
registerParseCommand(program);
registerEvalCommand(program);
registerServeCommand(program);
registerExtractCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (error instanceof NewsgraphError) {
    process.stderr.write(`error: ${error.message}\n`);
    if (error.hint) process.stderr.write(`  ${error.hint}\n`);
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
