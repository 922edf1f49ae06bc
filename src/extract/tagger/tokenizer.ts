/** kuromoji with its bundled IPADIC, built once per process. */
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';

export type JapaneseTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let pending: Promise<JapaneseTokenizer> | null = null;

export function loadJapaneseTokenizer(): Promise<JapaneseTokenizer> {
  pending ??= new Promise((resolve, reject) => {
    const dicPath = path.join(path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
  });
  return pending;
}
