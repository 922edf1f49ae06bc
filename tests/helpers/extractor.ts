import { expect } from 'vitest';
import { loadGazetteer } from '../../src/extract/gazetteer/load.js';
import { buildExtractor, type Extractor } from '../../src/extract/index.js';
import { loadJaTokenizer } from '../../src/extract/ja/tokenizer.js';
import { loadTagger } from '../../src/extract/tagger/index.js';

/** The full extractor with the model committed in data/models; fails the suite when the model does not load. */
export async function loadFullExtractor(): Promise<Extractor> {
  const [gazetteer, tokenizer, tagger] = await Promise.all([loadGazetteer(), loadJaTokenizer(), loadTagger()]);
  expect(tagger).not.toBeNull();
  return buildExtractor({ gazetteer, tokenizer, tagger });
}
