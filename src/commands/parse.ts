/** `newsgraph parse FILE…`: prints the parsed Article(s) as JSON; no database. */
import type { Command } from 'commander';
import { INPUT_FORMATS, type InputFormat, readInputs } from '../../ingest/read.js';
import { normalizeLang } from '../../ingest/detect-lang.js';
import { ConfigError, EXIT } from '../errors.js';
import type { Article } from '../types.js';

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('read articles (page text, HTML, JSON/JSONL, RSS/Atom; "-" for stdin) and print them as Article JSON; no database')
    .argument('<inputs...>', 'files, folders, globs, or - for stdin')
    .option('--format <format>', `read every input as this format (${INPUT_FORMATS.join(', ')}) instead of detecting it`)
    .option('--lang <lang>', 'set every article\'s language (ja or en) instead of detecting it')
    .option('--json', 'print JSON Lines (one article per line) instead of indented JSON')
    .action(async (inputs: string[], options: { format?: string; lang?: string; json?: boolean }) => {
      if (options.format !== undefined && !INPUT_FORMATS.includes(options.format as InputFormat)) {
        throw new ConfigError(`Unknown --format "${options.format}".`, { hint: `Use one of: ${INPUT_FORMATS.join(', ')}.` });
      }
      const lang = options.lang === undefined ? undefined : normalizeLang(options.lang);
      if (lang === null) throw new ConfigError(`Unknown --lang "${options.lang}".`, { hint: 'Use ja or en.' });
      const articles: Article[] = [];
      let rejected = 0;
      let read = 0;
      for await (const outcome of readInputs(inputs, { format: options.format as InputFormat | undefined, lang })) {
        if (outcome.ok) {
          read++;
          if (options.json) process.stdout.write(`${JSON.stringify(outcome.article)}\n`);
          else articles.push(outcome.article);
          continue;
        }
        rejected++;
        process.stderr.write(`rejected: ${outcome.input}${outcome.line === null ? '' : `:${outcome.line}`}: ${outcome.reason}\n`);
        if (outcome.hint) process.stderr.write(`  ${outcome.hint}\n`);
      }
      if (!options.json) {
        // One input, one article: print the article itself; otherwise a list.
        const value = articles.length === 1 ? articles[0] : articles;
        process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      }
      if (rejected > 0) {
        process.stderr.write(`${rejected} input${rejected === 1 ? '' : 's'} rejected; ${read} article${read === 1 ? '' : 's'} read.\n`);
        process.exitCode = EXIT.rejected;
      }
    });
}
