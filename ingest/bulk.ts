/**
 * `newsgraph ingest --bulk`: the first load of a large corpus into the empty managed local Neo4j.
 *
 *   read → extract (same readers, workers and batches as the pipeline) → fold every batch's rows
 *   (graph/rows.ts) into node and relationship CSV files (graph/bulk/) → stop the local Neo4j →
 *   `neo4j-admin database import full` → start it again → ensureSchema → the same graph the
 *   transactional writer leaves (tests/integration/bulk/bulk-ingest.test.ts compares checksums).
 *
 * It refuses an external Neo4j (NEO4J_URI), a database that already holds data and a dry run. An
 * article whose id repeats with other content is an edit: it is written after the import through
 * the transactional writer, as the pipeline would write it. Daily ingests use `newsgraph ingest`.
 */
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Driver } from 'neo4j-driver';
import { discardFailedImport, runAdminImport } from '../graph/bulk/admin-import.js';
import { BULK_FILES, BulkCsvWriter, toCells, type BulkFileName } from '../graph/bulk/csv-files.js';
import { BulkFold, type BatchOutput } from '../graph/bulk/fold.js';
import { bulkRefusal } from '../graph/bulk/validate.js';
import { articleContentHash } from '../graph/content-hash.js';
import { connect } from '../graph/driver.js';
import { instanceDirs } from '../graph/local/conf.js';
import { startLocal, stopLocal } from '../graph/local/launcher.js';
import { articleRows, type ArticleRows } from '../graph/rows.js';
import { ensureSchema } from '../graph/schema.js';
import { writeArticles, type ExtractedArticle } from '../graph/writer.js';
import { BulkLoadRefusedError } from '../src/errors.js';
import { resolveSettings, type Settings } from '../src/settings.js';
import { ENTITY_KINDS } from '../src/types.js';
import { extractedBatches } from './bulk-batches.js';
import { DEFAULT_BATCH_SIZE, EXTRACT_AHEAD, type ArticleExtractor, type PipelineInput } from './pipeline.js';
import { emptySummary, type IngestProgress, type IngestSummary } from './summary.js';
import { displayId, writeIsolated } from './write-isolated.js';

/** Seconds per stage of a bulk load (the benchmark prints them). */
export interface BulkStageTimes {
  /** Waiting for read + extraction (what the fold could not overlap). */
  readExtract: number;
  /** Folding rows and writing the CSV files. */
  fold: number;
  stop: number;
  import: number;
  /** Starting Neo4j again and creating the schema (constraints, indexes, awaited). */
  restartSchema: number;
  /** Repeated article ids with other content, written through the transactional writer. */
  edits: number;
}

export interface BulkIngestOptions {
  extractor: ArticleExtractor;
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  stageTimes?: BulkStageTimes;
  /** Relationship and node counts of the files, filled when given (the benchmark reports them). */
  fileRows?: Map<string, number>;
  /** Settings to use instead of the environment's (tests). */
  settings?: Settings;
  /** Called once every article is extracted: the caller frees its workers before the importer's JVM starts. */
  afterExtraction?: () => Promise<void>;
}

export const emptyBulkStageTimes = (): BulkStageTimes => ({ readExtract: 0, fold: 0, stop: 0, import: 0, restartSchema: 0, edits: 0 });

const NOT_EMPTY_HINT = 'Bulk loading is for a first load into an empty database: use `newsgraph ingest` without --bulk to add to an existing graph.';

/** Refusals that need no database: an external server, a dry run. */
export function checkBulkAllowed(settings: Settings, options: { dryRun?: boolean; driver?: unknown }): void {
  if (options.dryRun) {
    throw new BulkLoadRefusedError('--bulk and --dry-run do not go together: a bulk load writes the database.', {
      hint: 'Use `newsgraph ingest --dry-run PATH…` to read and extract only, or --bulk alone to load.',
    });
  }
  if (settings.connection.mode !== 'local') {
    throw new BulkLoadRefusedError(`--bulk loads only into the managed local Neo4j, and NEO4J_URI points at ${settings.connection.uri}.`, {
      hint: 'Unset NEO4J_URI (and NEO4J_PASSWORD) to load into the local Neo4j (npx newsgraph db start), or use `newsgraph ingest` without --bulk to write to this server.',
    });
  }
  if (options.driver) {
    throw new BulkLoadRefusedError('--bulk stops and starts the managed local Neo4j itself, so it takes no driver.', {
      hint: 'Call ingest(paths, { bulk: true }) without `driver` (NEWSGRAPH_DB_DIR / NEWSGRAPH_BOLT_PORT pick the instance).',
    });
  }
}

async function databaseOf(driver: Driver, configured: string | undefined): Promise<string> {
  const { records } = await driver.executeQuery('CALL db.info() YIELD name RETURN name', {}, { database: configured, routing: 'READ' });
  return records[0]!.get('name') as string;
}

async function refuseNonEmpty(driver: Driver, database: string, uri: string): Promise<void> {
  const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) > 0 AS any LIMIT 1', {}, { database, routing: 'READ' });
  if (records[0]!.get('any') === true) {
    throw new BulkLoadRefusedError(`The database ${database} at ${uri} already holds data; --bulk loads only into an empty one.`, { hint: NOT_EMPTY_HINT });
  }
}

async function writeBatch(writer: BulkCsvWriter, out: BatchOutput): Promise<void> {
  await writer.write('articles', out.articles.map(toCells.article));
  await writer.write('comments', out.comments.map(toCells.comment));
  await writer.write('commentsOn', out.commentsOn.map(toCells.link));
  await writer.write('replies', out.replies.map(toCells.link));
  await writer.write('articleMentions', out.articleMentions.map(toCells.mention));
  await writer.write('commentMentions', out.commentMentions.map(toCells.mention));
  await writer.write('cites', out.cites.map(toCells.cite));
  await writer.write('publishedBy', out.publishedBy.map(toCells.publishedBy));
  await writer.write('related', out.related.map(toCells.related));
}

async function* readEdits(file: string): AsyncGenerator<ExtractedArticle> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as ExtractedArticle;
}

const seconds = (since: number): number => (performance.now() - since) / 1000;

export async function bulkIngest(source: AsyncIterable<PipelineInput> | Iterable<PipelineInput>, options: BulkIngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const settings = options.settings ?? resolveSettings();
  checkBulkAllowed(settings, {});
  const { local, connection } = settings;
  const times = options.stageTimes ?? emptyBulkStageTimes();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const summary = emptySummary(false);
  const progress: IngestProgress = { read: 0, written: 0, unchanged: 0, rejected: 0 };
  const report = () => options.onProgress?.({ ...progress, read: summary.articles, rejected: summary.rejected.length });

  let driver: Driver | null = await connect(connection);
  const importRoot = path.join(local.dbDir, 'import');
  await mkdir(importRoot, { recursive: true });
  const work = await mkdtemp(path.join(importRoot, 'bulk-'));
  try {
    const database = await databaseOf(driver, connection.database);
    await refuseNonEmpty(driver, database, connection.uri);

    const writer = new BulkCsvWriter(work);
    const fold = new BulkFold();
    const editsFile = path.join(work, 'edits.jsonl');
    let edits = 0;
    let waitStarted = performance.now();
    for await (const batch of extractedBatches(source, options.extractor, { batchSize, ahead: EXTRACT_AHEAD, summary, onRejected: report })) {
      times.readExtract += seconds(waitStarted);
      const foldStarted = performance.now();
      // The last version of an id wins within a batch, as in the pipeline.
      const unique = [...new Map(batch.map((item) => [item.article.id, item] as const)).values()];
      const fresh: ArticleRows[] = [];
      const later: ExtractedArticle[] = [];
      for (const item of unique) {
        const version = fold.versionOf(item.article.id, articleContentHash(item.article));
        if (version === 'same') summary.unchanged++;
        if (version === 'other') later.push(item);
        if (version !== 'none') continue;
        const rows = articleRows(item.article, item.extraction);
        const refusal = bulkRefusal(rows);
        if (refusal) {
          const id = displayId(item.article.id);
          summary.rejected.push({ input: id, line: null, reason: `the bulk load cannot take article ${id}: ${refusal.reason}`, hint: refusal.hint });
          continue;
        }
        fresh.push(rows);
      }
      if (later.length > 0) {
        await appendFile(editsFile, later.map((item) => `${JSON.stringify(item)}\n`).join(''));
        edits += later.length;
      }
      const out = fold.addBatch(fresh);
      await writeBatch(writer, out);
      summary.written += out.counts.written;
      summary.comments += out.counts.comments;
      summary.mentions += out.counts.mentions;
      progress.written = summary.written;
      progress.unchanged = summary.unchanged;
      report();
      times.fold += seconds(foldStarted);
      waitStarted = performance.now();
    }

    await options.afterExtraction?.();
    const finishStarted = performance.now();
    const final = fold.finish();
    for (const kind of ENTITY_KINDS) {
      const name = `entity-${kind}` as BulkFileName;
      await writer.write(name, final.entities.filter((e) => BULK_FILES[name].target === `Entity:${e.label}`).map(toCells.entity));
    }
    await writer.write('stubs', final.stubs.map(toCells.stub));
    await writer.write('locatedIn', final.locatedIn.map(toCells.link));
    await writer.write('cooccurrence', final.cooccurrence.map(toCells.cooccurrence));
    await writer.write('roles', final.roles.map(toCells.role));
    await writer.close();
    for (const [name, rows] of writer.rows) options.fileRows?.set(name, rows);
    times.fold += seconds(finishStarted);

    if (fold.articleCount > 0) {
      // Nobody wrote meanwhile (another ingest): the importer replaces the whole store.
      await refuseNonEmpty(driver, database, connection.uri);
      await driver.close();
      driver = null;
      const stopStarted = performance.now();
      await stopLocal(local);
      times.stop += seconds(stopStarted);
      const importStarted = performance.now();
      let imported = false;
      try {
        await runAdminImport(
          local,
          {
            database,
            files: (Object.keys(BULK_FILES) as BulkFileName[]).map((name) => ({ spec: BULK_FILES[name], path: writer.pathOf(name) })),
            reportFile: path.join(work, 'import.report'),
            largestValue: writer.largestValue,
          },
          path.join(instanceDirs(local).logs, 'bulk-import.log'),
        );
        imported = true;
      } finally {
        times.import += seconds(importStarted);
        // Whatever stopped the import, the server comes back with its database as empty as it was.
        if (!imported) await discardFailedImport(local, database);
        const restartStarted = performance.now();
        await startLocal(local);
        times.restartSchema += seconds(restartStarted);
      }
    }

    const schemaStarted = performance.now();
    driver ??= await connect(connection);
    await ensureSchema(driver, database);
    // A list of no element has no CSV form: the entities whose aliases are empty get them here.
    const noAliases = final.entities.filter((e) => e.aliases.length === 0).map((e) => e.id);
    if (noAliases.length > 0) await driver.executeQuery('UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e.aliases = []', { ids: noAliases }, { database });
    times.restartSchema += seconds(schemaStarted);

    const editIds = new Set<string>();
    if (edits > 0) {
      const editsStarted = performance.now();
      let group: ExtractedArticle[] = [];
      const flush = async () => {
        const unique = [...new Map(group.map((item) => [item.article.id, item] as const)).values()];
        group = [];
        const db = driver!;
        const { result, rejected } = await writeIsolated(unique, (items) => writeArticles(db, items, { database }), (item) => item.article.id);
        for (const { rejection } of rejected) summary.rejected.push(rejection);
        summary.written += result.written;
        summary.unchanged += result.unchanged;
        summary.comments += result.comments;
        summary.mentions += result.mentions;
        for (const id of result.entityIds) if (!fold.isMentionedEntity(id)) editIds.add(id);
      };
      for await (const item of readEdits(editsFile)) {
        group.push(item);
        if (group.length >= batchSize) await flush();
      }
      if (group.length > 0) await flush();
      times.edits += seconds(editsStarted);
    }

    summary.entities = fold.mentionedEntityCount + editIds.size;
    summary.seconds = seconds(started);
    progress.written = summary.written;
    progress.unchanged = summary.unchanged;
    report();
    return summary;
  } finally {
    await driver?.close();
    await rm(work, { recursive: true, force: true });
  }
}
