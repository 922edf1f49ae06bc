/**
 * Writes data/gazetteers/countries.json: every ISO 3166-1 country and territory with its English
 * and Japanese names (from i18n-iso-countries) merged with our own short forms and one-kanji
 * abbreviations (data/gazetteers/country-overrides.json). Run after changing the overrides:
 *   npx tsx scripts/build-countries.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/ja.json'));

interface Override {
  name?: string;
  short?: string;
  ja?: string;
  aliasesEn?: string[];
  aliasesJa?: string[];
  abbr?: string[];
}

const overridesPath = new URL('../data/gazetteers/country-overrides.json', import.meta.url);
const outPath = new URL('../data/gazetteers/countries.json', import.meta.url);
const overrides = JSON.parse(readFileSync(overridesPath, 'utf8')) as Record<string, Override>;

// Names with commas or brackets are catalogue forms ("Korea, Republic of"), never written in news.
const usable = (name: string): boolean => !/[,()（）、]/.test(name);
const unique = (names: string[]): string[] => [...new Set(names.filter((n) => n.length > 0 && usable(n)))];

const en = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
const ja = countries.getNames('ja', { select: 'all' }) as Record<string, string[]>;

const rows = Object.keys(en)
  .sort()
  .map((code) => {
    const o = overrides[code] ?? {};
    const aliasesEn = unique([...(en[code] ?? []), ...(o.aliasesEn ?? [])]);
    const aliasesJa = unique([...(ja[code] ?? []), ...(o.aliasesJa ?? [])]);
    const name = o.name ?? aliasesEn[0] ?? code;
    const nameJa = o.ja ?? aliasesJa[0] ?? null;
    return {
      code,
      name,
      nameJa,
      short: o.short ?? null,
      aliasesEn: unique([name, ...aliasesEn]),
      aliasesJa: unique([...(nameJa ? [nameJa] : []), ...aliasesJa]),
      abbr: o.abbr ?? [],
    };
  });

writeFileSync(outPath, JSON.stringify(rows, null, 1) + '\n');
process.stdout.write(`wrote ${rows.length} countries to ${outPath.pathname}\n`);
