/** `newsgraph extract [FILE]`: JSONL `{"id","text","lang"?}` in (a file or stdin), JSONL mentions out; no database. */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ConfigError, EXIT } from '../errors.js';
import { createExtractor } from '../extract/index.js';
import { formatExtraction, parseExtractLine } from '../extract/jsonl.js';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('read JSONL {"id","text","lang"?} from FILE or stdin and print one JSONL line of mentions per input line; no database')
    .argument('[file]', 'a JSONL file; - or nothing for stdin')
    .action(async (file: string | undefined) => {
      const name = file === undefined || file === '-' ? 'stdin' : file;
      if (name !== 'stdin') {
        await access(name).catch(() => {
          throw new ConfigError(`Cannot read ${name}.`, { hint: 'Give a JSONL file that exists, or pipe the lines on stdin.' });
        });
      }
      const extractor = await createExtractor();
      const input = name === 'stdin' ? process.stdin : createReadStream(name, 'utf8');
      let lineNo = 0;
      let rejected = 0;
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        lineNo++;
        if (line.trim() === '') continue;
        const parsed = parseExtractLine(line);
        if (!parsed.ok) {
          rejected++;
          process.stderr.write(`rejected: ${name}:${lineNo}: ${parsed.reason}\n  ${parsed.hint}\n`);
          continue;
        }
        const { id, text, lang } = parsed.request;
        process.stdout.write(`${formatExtraction(id, extractor.extractText(text, { lang }))}\n`);
      }
      if (rejected > 0) {
        process.stderr.write(`${rejected} line${rejected === 1 ? '' : 's'} rejected.\n`);
        process.exitCode = EXIT.rejected;
      }
    });
}
