/** Loads kuromoji's IPADIC tokenizer once per process. */
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';

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
