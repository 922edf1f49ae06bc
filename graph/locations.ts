/**
 * Which country a location lies in, for (:Location)-[:LOCATED_IN]->(:Country): read from the
 * extraction gazetteers (data/gazetteers/locations.json names each location's country code).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/settings.js';

export interface CountryRef {
  id: string;
  name: string;
  nameJa: string | null;
}

interface GazetteerLocation {
  id: string;
  country: string | null;
}

interface GazetteerCountry {
  code: string;
  name: string;
  nameJa: string | null;
}

interface Overrides {
  [code: string]: { name?: string; ja?: string } | string;
}

let table: Map<string, CountryRef> | undefined;

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data', 'gazetteers', file), 'utf8')) as T;
}

function load(): Map<string, CountryRef> {
  if (table) return table;
  const overrides = readJson<Overrides>('country-overrides.json');
  const countries = new Map<string, CountryRef>();
  for (const c of readJson<GazetteerCountry[]>('countries.json')) {
    const override = overrides[c.code];
    const extra = typeof override === 'object' ? override : {};
    countries.set(c.code, { id: `country:${c.code}`, name: extra.name ?? c.name, nameJa: extra.ja ?? c.nameJa });
  }
  table = new Map();
  for (const location of readJson<GazetteerLocation[]>('locations.json')) {
    const country = location.country ? countries.get(location.country) : undefined;
    if (country) table.set(location.id, country);
  }
  return table;
}

/** The country of a location entity, or null when the gazetteer does not say. */
export function countryOfLocation(location: { id: string }): CountryRef | null {
  return load().get(location.id) ?? null;
}
