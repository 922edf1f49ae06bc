/** An extraction worker thread: kuromoji, the gazetteers and the tagger loaded once, then articles in, extractions out. */
import { createExtractor } from '../src/extract/index.js';
import { serveExtractions } from './extract-worker-loop.js';

await serveExtractions(createExtractor);
