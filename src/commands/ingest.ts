/** `newsgraph ingest PATH… | -`: read → extract → write, with a progress line on a TTY. */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { defaultWorkers } from '../../ingest/extract-pool.js';
import { ingest } from '../../ingest/ingest.js';
import { DEFAULT_BATCH_SIZE } from '../../ingest/pipeline.js';
import { INPUT_FORMATS, type InputFormat } from '../../ingest/read.js';
import { describeSummary, type IngestProgress } from '../../ingest/summary.js';
import { ConfigError, EXIT } from '../errors.js';
import type { Lang } from '../types.js';

interface IngestCliOptions {
  format?: string;
  lang?: string;
  concurrency?: string;
  batchSize: string;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
  bulk?: boolean;
}

function wholeNumber(raw: string, option: string, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError(`${option} ${raw} is not a whole number from 1 to ${max}.`, { hint: `Pass ${option} with a value such as 2.` });
  }
  return value;
}

export function parseIngestOptions(options: IngestCliOptions): { format?: InputFormat; lang?: Lang; workers: number; batchSize: number } {
  if (options.format !== undefined && !INPUT_FORMATS.includes(options.format as InputFormat)) {
    throw new ConfigError(`--format ${options.format} is not a format newsgraph reads.`, { hint: `Use one of: ${INPUT_FORMATS.join(', ')} (or leave it out to detect each input's format).` });
  }
  if (options.lang !== undefined && options.lang !== 'ja' && options.lang !== 'en') {
    throw new ConfigError(`--lang ${options.lang} is not a language newsgraph extracts.`, { hint: 'Use --lang ja or --lang en (or leave it out to detect it).' });
  }
  return {
    format: options.format as InputFormat | undefined,
    lang: options.lang as Lang | undefined,
    workers: options.concurrency === undefined ? defaultWorkers() : wholeNumber(options.concurrency, '--concurrency', 16),
    batchSize: wholeNumber(options.batchSize, '--batch-size', 10_000),
  };
}

function progressBar(): { update(p: IngestProgress): void; stop(): void } | null {
  if (!process.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'ingest {spinner} {read} read · {written} written · {unchanged} unchanged · {rejected} rejected · {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const spin = ['|', '/', '-', '\\'];
  let tick = 0;
  bar.start(0, 0, { read: 0, written: 0, unchanged: 0, rejected: 0, spinner: spin[0] });
  return {
    update: (p) => bar.update(0, { ...p, spinner: spin[tick++ % spin.length] }),
    stop: () => bar.stop(),
  };
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('read articles (files, folders, globs, or - for stdin), extract entities and write them to the graph')
    .argument('<inputs...>', 'files, folders, globs, or - to read standard input')
    .option('--format <format>', `read every input as this format (${INPUT_FORMATS.join(', ')}); default: detect`)
    .option('--lang <lang>', 'set every article\'s language (ja or en); default: detect')
    .option('--concurrency <n>', 'most extraction worker threads, started as the input needs them (one batch or 1: extract in the main thread); default: the cores available')
    .option('--batch-size <n>', 'articles per write transaction', String(DEFAULT_BATCH_SIZE))
    .option('--dry-run', 'read and extract only; no database is touched')
    .option('--force', 'rewrite articles even when the graph already holds the same version')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--bulk', 'first load into the empty local Neo4j through neo4j-admin import (stops and restarts it); refused for a graph that holds data')
    .action(async (inputs: string[], options: IngestCliOptions) => {
      const parsed = parseIngestOptions(options);
      const bar = progressBar();
      let summary;
      try {
        summary = await ingest(inputs, { ...parsed, dryRun: options.dryRun, force: options.force, bulk: options.bulk, onProgress: bar ? (p) => bar.update(p) : undefined });
      } finally {
        bar?.stop();
      }
      if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else process.stderr.write(`${describeSummary(summary)}\n`);
      if (summary.rejected.length > 0) process.exitCode = EXIT.rejected;
    });
}
