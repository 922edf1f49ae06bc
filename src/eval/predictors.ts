/**
 * What `eval` scores: the full extractor (rules, gazetteers and the tagger together) or the
 * statistical tagger alone. Both return spans typed for scoring (country → location, source →
 * organization).
 */
import type { Mention, Lang } from '../types.js';
import { loadTagger, type Tagger } from '../extract/tagger/index.js';
import { createExtractor } from '../extract/index.js';
import { loadJaTokenizer } from '../extract/ja/tokenizer.js';
import type { Predict } from './evaluate.js';
import { outermostSpans } from './flat.js';
import { evalTypeOf, type EvalSpan } from './score.js';

export interface Predictor {
  name: 'extractor' | 'tagger';
  predict: Predict;
  /** The tagger, when loaded: it says which gold records it was trained on. */
  tagger: Tagger | null;
  /** Languages this predictor cannot handle (their records score as finding nothing). */
  missing: Lang[];
}

/** Scored spans of the outermost mentions (the flat view of src/eval/flat.ts). */
export function spansFromMentions(mentions: readonly Mention[]): EvalSpan[] {
  const spans: EvalSpan[] = [];
  for (const mention of outermostSpans(mentions)) {
    const type = evalTypeOf(mention.kind);
    if (type !== null) spans.push({ start: mention.start, end: mention.end, type });
  }
  return spans;
}

export async function taggerPredictor(): Promise<Predictor> {
  const [tagger, tokenizer] = await Promise.all([loadTagger(), loadJaTokenizer()]);
  return {
    name: 'tagger',
    tagger,
    missing: tagger === null ? ['ja', 'en'] : ['en'],
    predict: (record) => (record.lang === 'ja' && tagger ? tagger.tagJapanese(tokenizer.tokenize(record.text), record.text) : []),
  };
}

/** The full extractor: rules, gazetteers and the tagger's candidates, as `newsgraph extract` runs it. */
export async function extractorPredictor(): Promise<Predictor> {
  const [extractor, tagger] = await Promise.all([createExtractor(), loadTagger()]);
  return {
    name: 'extractor',
    tagger,
    missing: [],
    predict: (record) => spansFromMentions(extractor.extract(record.text, { lang: record.lang })),
  };
}
