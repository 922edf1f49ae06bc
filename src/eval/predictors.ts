/**
 * What `eval` scores: the full extractor (rules, gazetteers and the tagger together) or the
 * statistical tagger alone. Both return spans typed for scoring (country → location, source →
 * organization).
 */
import type { Mention, Lang } from '../types.js';
import { loadTagger, type Tagger } from '../extract/tagger/index.js';
import { loadJapaneseTokenizer } from '../extract/tagger/tokenizer.js';
import type { Predict } from './evaluate.js';
import { evalTypeOf, type EvalSpan } from './score.js';

export interface Predictor {
  name: 'extractor' | 'tagger';
  predict: Predict;
  /** The tagger, when loaded: it says which gold records it was trained on. */
  tagger: Tagger | null;
  /** Languages this predictor cannot handle (their records score as finding nothing). */
  missing: Lang[];
}

export function spansFromMentions(mentions: readonly Mention[]): EvalSpan[] {
  const spans: EvalSpan[] = [];
  for (const mention of mentions) {
    const type = evalTypeOf(mention.kind);
    if (type !== null) spans.push({ start: mention.start, end: mention.end, type });
  }
  return spans;
}

export async function taggerPredictor(): Promise<Predictor> {
  const [tagger, tokenizer] = await Promise.all([loadTagger(), loadJapaneseTokenizer()]);
  return {
    name: 'tagger',
    tagger,
    missing: tagger === null ? ['ja', 'en'] : ['en'],
    predict: (record) => (record.lang === 'ja' && tagger ? tagger.tagJapanese(tokenizer.tokenize(record.text), record.text) : []),
  };
}

interface ExtractorLike {
  extract(text: string, options: { lang: Lang }): Mention[] | Promise<Mention[]>;
}

/** The full extractor from src/extract, or null while it is not built. */
export async function extractorPredictor(): Promise<Predictor | null> {
  let module: { createExtractor?: () => ExtractorLike | Promise<ExtractorLike> };
  try {
    module = (await import(new URL('../extract/index.js', import.meta.url).href)) as typeof module;
  } catch {
    return null;
  }
  if (typeof module.createExtractor !== 'function') return null;
  const [extractor, tagger] = await Promise.all([module.createExtractor(), loadTagger()]);
  return {
    name: 'extractor',
    tagger,
    missing: [],
    predict: async (record) => spansFromMentions(await extractor.extract(record.text, { lang: record.lang })),
  };
}
