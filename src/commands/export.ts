/** `newsgraph export`: entities and co-occurrence (optionally articles) as GEXF, GraphML or JSON. */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { connect } from '../../graph/driver.js';
import { EXPORT_FORMATS, MAX_DEPTH, readExportRows, serializeGraph, toGraph, type ExportFormat } from '../../graph/export.js';
import { ConfigError } from '../errors.js';
import { resolveSettings } from '../settings.js';

interface ExportCliOptions {
  format: string;
  entity?: string;
  depth: string;
  articles?: boolean;
  minWeight: string;
  out?: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the entity graph (or one entity\'s neighbourhood) as GEXF or GraphML for Gephi, or graphology JSON')
    .option('--format <format>', `${EXPORT_FORMATS.join(' | ')}`, 'gexf')
    .option('--entity <id>', 'only this entity and its co-occurrence neighbourhood, e.g. person:joe-biden')
    .option('--depth <n>', `co-occurrence steps around --entity (0–${MAX_DEPTH})`, '1')
    .option('--articles', 'add the articles that mention the entities, with MENTIONS edges')
    .option('--min-weight <n>', 'leave out co-occurrence seen in fewer articles', '1')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (options: ExportCliOptions) => {
      // `… | head` closes the pipe early: that is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
      if (!EXPORT_FORMATS.includes(options.format as ExportFormat)) {
        throw new ConfigError(`--format ${options.format} is not an export format.`, { hint: `Use one of: ${EXPORT_FORMATS.join(', ')}.` });
      }
      const depth = Number(options.depth);
      if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
        throw new ConfigError(`--depth ${options.depth} is not a whole number from 0 to ${MAX_DEPTH}.`, { hint: 'Use --depth 1 for the direct neighbours.' });
      }
      const minWeight = Number(options.minWeight);
      if (!Number.isInteger(minWeight) || minWeight < 1) {
        throw new ConfigError(`--min-weight ${options.minWeight} is not a whole number of at least 1.`, { hint: 'Use --min-weight 2 to keep pairs seen in two articles or more.' });
      }
      const { connection } = resolveSettings();
      const driver = await connect(connection);
      try {
        const rows = await readExportRows(driver, { entity: options.entity, depth, articles: options.articles, minWeight }, connection.database);
        const graph = toGraph(rows);
        const text = serializeGraph(graph, options.format as ExportFormat);
        if (options.out) {
          await writeFile(options.out, text);
          process.stderr.write(`Wrote ${graph.order} nodes and ${graph.size} edges to ${options.out}.\n`);
        } else {
          process.stdout.write(text);
        }
      } finally {
        await driver.close();
      }
    });
}
