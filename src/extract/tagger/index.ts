/**
 * The statistical NER tagger: an averaged-perceptron BIO tagger over kuromoji tokens, trained by
 * scripts/train-tagger.ts. Rules and gazetteers find what they know; this finds candidate person,
 * location and organization spans where they stop.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IpadicFeatures } from 'kuromoji';
import { NewsgraphError } from '../../errors.js';
import { PROJECT_ROOT } from '../../settings.js';
import { loadJaTokenizer } from '../ja/tokenizer.js';
import { setSenseLookup } from './japanese-features.js';
import { japaneseTagger } from './japanese-tagger.js';
import { senseBits } from '../ja/senses.js';
import type { TaggedSpan } from './labels.js';
import { unpackModel, type ModelHeader } from './model-file.js';
import { usedForTraining, type TrainingRule } from './split.js';
import { buildWeightTable } from './weight-table.js';

export type { TaggedSpan, TagType } from './labels.js';

export const JAPANESE_MODEL_PATH = path.join(PROJECT_ROOT, 'data', 'models', 'ja-tagger.bin');

export interface Tagger {
  /** Spans (JavaScript string indices in `text`) from kuromoji's tokens of `text`. */
  tagJapanese(tokens: readonly IpadicFeatures[], text: string): TaggedSpan[];
  /** Whether the model was trained on the gold record with this id (so scoring must skip it). */
  sawInTraining(id: string): boolean;
  readonly header: ModelHeader;
}

/** The model file is there but cannot be read. */
export class TaggerModelError extends NewsgraphError {}

/** Builds a tagger from the bytes of a model file. */
export function taggerFromBytes(bytes: Uint8Array): Tagger {
  const model = unpackModel(bytes);
  const table = buildWeightTable(model.hashes, model.weights, Float32Array.from(model.header.transitions));
  const rules = (model.header.training.rules ?? []) as TrainingRule[];
  const tagJapanese = japaneseTagger(table);
  return {
    header: model.header,
    tagJapanese: (tokens, text) => tagJapanese(tokens, text),
    sawInTraining: (id) => usedForTraining(rules, id),
  };
}

const loaded = new Map<string, Promise<Tagger | null>>();

/** Loads the model once per process; null when the model file is not there. */
export function loadTagger(modelPath: string = JAPANESE_MODEL_PATH): Promise<Tagger | null> {
  let pending = loaded.get(modelPath);
  if (pending === undefined) {
    // The model reads every IPADIC sense of a word (senses.ts): the lookup needs the dictionary.
    pending = Promise.all([readFile(modelPath), loadJaTokenizer().then((t) => setSenseLookup(senseBits(t)))]).then(
      ([bytes]) => {
        try {
          return taggerFromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        } catch (error) {
          throw new TaggerModelError(`${modelPath}: ${(error as Error).message}`, {
            hint: 'Restore it from git (git checkout data/models) or retrain it: npx tsx scripts/train-tagger.ts',
          });
        }
      },
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      },
    );
    loaded.set(modelPath, pending);
  }
  return pending;
}
