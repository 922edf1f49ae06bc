/** Loads kuromoji's IPADIC tokenizer once per process, and tokenizes in time linear in the text. */
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import { tokenizeLinear } from './lattice.js';
import { japanesePieces, MAX_PIECE } from './pieces.js';

export type JaTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let loading: Promise<JaTokenizer> | null = null;

function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

export function loadJaTokenizer(): Promise<JaTokenizer> {
  loading ??= new Promise<JaTokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => {
      if (error) {
        loading = null;
        reject(error);
      } else resolve(tokenizer);
    });
  });
  return loading;
}

/**
 * kuromoji's tokens of `text`, sentence piece by sentence piece (see pieces.ts), each piece
 * through the linear lattice builder (lattice.ts): the same tokens kuromoji gives the piece.
 * Tokens' word_position is kuromoji's per piece; the extractor and the tagger take offsets from
 * walking the surfaces, never from it.
 */
export function tokenizeJapanese(tokenizer: JaTokenizer, text: string, max: number = MAX_PIECE): kuromoji.IpadicFeatures[] {
  // Short texts (nearly every sentence) go to kuromoji whole: the same tokens, no extra work.
  if (text.length <= max) return tokenizeLinear(tokenizer, text);
  const tokens: kuromoji.IpadicFeatures[] = [];
  for (const [start, end] of japanesePieces(text, max)) {
    for (const token of tokenizeLinear(tokenizer, text.slice(start, end))) tokens.push(token);
  }
  return tokens;
}
