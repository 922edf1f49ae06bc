/** One rules-and-gazetteers extractor for the extraction tests (no statistical tagger: results stay fixed). */
import { buildExtractor, type Extractor } from '../../../src/extract/index.js';
import { loadGazetteer } from '../../../src/extract/gazetteer/load.js';
import { loadJaTokenizer } from '../../../src/extract/ja/tokenizer.js';

let extractor: Promise<Extractor> | null = null;

export function rulesExtractor(): Promise<Extractor> {
  extractor ??= Promise.all([loadGazetteer(), loadJaTokenizer()]).then(([gazetteer, tokenizer]) => buildExtractor({ gazetteer, tokenizer, tagger: null }));
  return extractor;
}
