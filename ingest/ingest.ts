/**
 * `ingest()`: the library call behind `newsgraph ingest`. Takes paths (files, folders, globs, '-')
 * or Article objects, reads, extracts and writes them, and returns the summary.
 *
 *   import { ingest } from 'newsgraph';
 *   const summary = await ingest(['data/demo']);
 */
import type { Driver } from 'neo4j-driver';
import { connect } from '../graph/driver.js';
import { ensureSchema } from '../graph/schema.js';
import { createScaledExtractor } from './scaled-extractor.js';
import { resolveSettings } from '../src/settings.js';
import type { Article, Lang } from '../src/types.js';
import { runPipeline, type PipelineInput, type PipelineOptions } from './pipeline.js';
import { readInputs, type InputFormat } from './read.js';
import type { IngestSummary } from './summary.js';
import { bulkIngest, checkBulkAllowed, type BulkStageTimes } from './bulk.js';

export interface IngestOptions extends PipelineOptions {
  /** Read every input as this format instead of detecting it. */
  format?: InputFormat;
  /** Set every article's language instead of detecting it. */
  lang?: Lang;
  /** Read and extract, write nothing, touch no database. */
  dryRun?: boolean;
  /** Write through this driver (left open) instead of connecting from the settings. */
  driver?: Driver;
  database?: string;
  /**
   * Most extraction worker threads (ingest/extract-pool.ts), each with its own tokenizer. 1, the
   * default here, extracts in this thread; the CLI's --concurrency defaults to the cores available.
   * Workers start only as the input needs them (ingest/scaled-extractor.ts): an input of one batch
   * is extracted in this thread, and there are never more workers than batches.
   */
  workers?: number;
  /**
   * First load of a large corpus into the empty managed local Neo4j through neo4j-admin's offline
   * importer (ingest/bulk.ts): it stops and starts that server. Refused with NEO4J_URI, `driver`,
   * `dryRun` or a database that holds data.
   */
  bulk?: boolean;
  /** With `bulk`: seconds per stage are added here. */
  bulkStageTimes?: BulkStageTimes;
}

async function* fromArticles(articles: readonly Article[], lang: Lang | undefined): AsyncGenerator<PipelineInput> {
  for (const article of articles) yield { ok: true, input: article.id, article: lang ? { ...article, lang } : article };
}

export async function ingest(inputs: readonly string[] | readonly Article[], options: IngestOptions = {}): Promise<IngestSummary> {
  if (options.bulk) checkBulkAllowed(resolveSettings(), options);
  const paths = inputs.every((i) => typeof i === 'string');
  const source = paths
    ? readInputs([...(inputs as readonly string[])], { format: options.format, lang: options.lang })
    : fromArticles(inputs as readonly Article[], options.lang);

  if (options.bulk) {
    const extractor = createScaledExtractor({ workers: options.workers ?? 1 });
    try {
      return await bulkIngest(source, {
        extractor,
        batchSize: options.batchSize,
        onProgress: options.onProgress,
        stageTimes: options.bulkStageTimes,
        // Idempotent: the workers' memory is free before the importer runs.
        afterExtraction: () => extractor.close(),
      });
    } finally {
      await extractor.close();
    }
  }

  let driver: Driver | null = null;
  let owned = false;
  let database = options.database;
  if (!options.dryRun) {
    if (options.driver) {
      driver = options.driver;
    } else {
      const { connection } = resolveSettings();
      driver = await connect(connection);
      database ??= connection.database;
      owned = true;
    }
  }
  const extractor = createScaledExtractor({ workers: options.workers ?? 1 });
  try {
    if (driver) await ensureSchema(driver, database);
    return await runPipeline(source, { extractor, driver, database }, options);
  } finally {
    await extractor.close();
    if (owned) await driver?.close();
  }
}
