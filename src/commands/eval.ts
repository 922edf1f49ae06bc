/** `newsgraph eval --gold FILE`: precision, recall and F1 per type against a gold JSONL file. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { EXIT, NewsgraphError } from '../errors.js';
import { evaluate } from '../eval/evaluate.js';
import { formatScoreTable } from '../eval/format.js';
import { parseGold } from '../eval/gold.js';
import { extractorPredictor, taggerPredictor } from '../eval/predictors.js';

interface EvalOptions {
  gold: string;
  json?: boolean;
  limit?: string;
  taggerOnly?: boolean;
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new NewsgraphError(`--limit ${value} is not a positive whole number.`, { hint: 'Give the number of records to score, e.g. --limit 100.' });
  }
  return limit;
}

async function readGoldFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new NewsgraphError(`Cannot read the gold file ${file}: ${(error as Error).message}`, {
      hint: 'Give a JSONL file of {"id","lang","text","entities":[{"start","end","type"}]} lines, e.g. --gold ../shared/eval/ja-gsd-dev.jsonl',
    });
  }
}

export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('precision / recall / F1 per type (person, location, organization; exact spans) against a gold JSONL file')
    .requiredOption('--gold <file>', 'gold JSONL: {"id","lang","text","entities":[{"start","end","type","text"}]} per line')
    .option('--json', 'print the scores as JSON')
    .option('--limit <n>', 'score only the first n records (after skipping those the tagger was trained on)')
    .option('--tagger-only', 'score the statistical tagger alone instead of the full extractor')
    .action(async (options: EvalOptions) => {
      const limit = parseLimit(options.limit);
      const gold = parseGold(await readGoldFile(options.gold));
      const predictor = options.taggerOnly ? await taggerPredictor() : await extractorPredictor();
      const { tagger } = predictor;
      const evaluation = await evaluate(gold.records, predictor.predict, {
        limit,
        seenInTraining: tagger ? (record) => tagger.sawInTraining(record.id) : undefined,
      });
      const languages = [...new Set(gold.records.map((record) => record.lang))];
      const notes: string[] = [];
      if (predictor.tagger === null) notes.push('no tagger model in data/models (train it: npx tsx scripts/train-tagger.ts)');
      for (const lang of languages) {
        if (predictor.missing.includes(lang)) notes.push(`no ${lang} model: ${lang} records score as finding nothing`);
      }
      const file = path.basename(options.gold);
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({
            gold: options.gold,
            scored: predictor.name,
            records: evaluation.scored,
            skippedSeenInTraining: evaluation.skippedSeen,
            rejected: gold.rejected,
            byType: evaluation.scores.byType,
            micro: evaluation.scores.micro,
            seconds: Number(evaluation.seconds.toFixed(2)),
            notes,
          })}\n`,
        );
      } else {
        const what = predictor.name === 'tagger' ? 'the tagger alone' : 'the full extractor';
        const skipped = evaluation.skippedSeen > 0 ? `, ${evaluation.skippedSeen} skipped (the tagger was trained on them)` : '';
        const records = `${evaluation.scored} record${evaluation.scored === 1 ? '' : 's'}`;
        process.stdout.write(`${file}: ${what} on ${records}${skipped}, exact span match\n\n`);
        process.stdout.write(`${formatScoreTable(evaluation.scores)}\n`);
        for (const note of notes) process.stderr.write(`note: ${note}\n`);
      }
      for (const bad of gold.rejected) process.stderr.write(`${options.gold}:${bad.line}: rejected: ${bad.reason}\n`);
      if (gold.rejected.length > 0) {
        process.stderr.write(`${gold.rejected.length} line(s) rejected; fix them and run again to score them too.\n`);
        process.exitCode = EXIT.rejected;
      }
    });
}
