/**
 * Speed of the statistical tagger against bare kuromoji, in one process on the same text.
 *
 *   npx tsx scripts/bench-tagger.ts [--gold ../shared/eval/ja-stockmark.jsonl] [--rounds 3] [--model data/models/ja-tagger.bin]
 *
 * Prints characters per CPU second for kuromoji tokenization alone, for tokenization + tagging,
 * and for tagging alone (on tokens made beforehand), with the ratio to bare kuromoji.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseGold } from '../src/eval/gold.js';
import { loadTagger } from '../src/extract/tagger/index.js';
import { loadJaTokenizer } from '../src/extract/ja/tokenizer.js';

const { values: args } = parseArgs({
  options: {
    gold: { type: 'string', default: '../shared/eval/ja-stockmark.jsonl' },
    rounds: { type: 'string', default: '3' },
    model: { type: 'string' },
  },
});

const texts = parseGold(readFileSync(args.gold, 'utf8')).records.filter((r) => r.lang === 'ja').map((r) => r.text);
const chars = texts.reduce((sum, text) => sum + text.length, 0);
const tokenizer = await loadJaTokenizer();
const tagger = await loadTagger(args.model);
if (tagger === null) throw new Error('no tagger model in data/models; train it with: npx tsx scripts/train-tagger.ts');

/** CPU seconds (user + system) of this process: steadier than wall time on a shared machine. */
function time(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

const tokensOf = texts.map((text) => tokenizer.tokenize(text));
let sink = 0;
const bare = () => {
  for (const text of texts) sink += tokenizer.tokenize(text).length;
};
const tagged = () => {
  for (const text of texts) sink += tagger.tagJapanese(tokenizer.tokenize(text), text).length;
};
const tagOnly = () => {
  texts.forEach((text, i) => (sink += tagger.tagJapanese(tokensOf[i]!, text).length));
};

// Warm up both paths, then alternate so that both see the same machine load.
bare();
tagged();
const rounds = Number(args.rounds);
const seconds = { bare: 0, tagged: 0, tagOnly: 0 };
for (let round = 0; round < rounds; round++) {
  seconds.bare += time(bare);
  seconds.tagged += time(tagged);
  seconds.tagOnly += time(tagOnly);
}
const rate = (s: number) => ((chars * rounds) / s / 1000).toFixed(0);
console.log(`${texts.length} texts, ${chars} characters, ${rounds} rounds`);
console.log(`kuromoji alone:      ${rate(seconds.bare)} k chars/CPU s`);
console.log(`kuromoji + tagger:   ${rate(seconds.tagged)} k chars/CPU s  (${(seconds.bare / seconds.tagged).toFixed(3)}× kuromoji's speed)`);
console.log(`tagger alone:        ${rate(seconds.tagOnly)} k chars/CPU s  (tagging costs ${((seconds.tagOnly / seconds.bare) * 100).toFixed(1)}% of tokenizing)`);
if (sink < 0) console.log(sink);
