/** The library API: `import { … } from 'newsgraph'`. */
export * from './types.js';
export { resolveSettings, type Settings, type ConnectionSettings } from './settings.js';
export * from './errors.js';
export { readInputs, parseDocument, type ReadOutcome, type InputFormat, type ReadOptions } from '../ingest/read.js';
export { ingest, type IngestOptions } from '../ingest/ingest.js';
export type { IngestSummary, IngestProgress, RejectedInput } from '../ingest/summary.js';
export { createExtractor, extract, type Extractor, type ExtractOptions } from './extract/index.js';
