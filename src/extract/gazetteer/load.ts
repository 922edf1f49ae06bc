/** Reads the gazetteer fact files in data/gazetteers (the I/O edge of extraction). */
import { readFile } from 'node:fs/promises';
import { Gazetteer, type GazetteerSources } from './build.js';

const dataDir = new URL('../../../data/gazetteers/', import.meta.url);

async function readJson<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(new URL(name, dataDir), 'utf8')) as T;
}

export async function readGazetteerSources(): Promise<GazetteerSources> {
  const [countries, organizations, sources, locations, people, titles] = await Promise.all([
    readJson<GazetteerSources['countries']>('countries.json'),
    readJson<GazetteerSources['organizations']>('organizations.json'),
    readJson<GazetteerSources['sources']>('sources.json'),
    readJson<GazetteerSources['locations']>('locations.json'),
    readJson<GazetteerSources['people']>('people.json'),
    readJson<GazetteerSources['titles']>('titles.json'),
  ]);
  return { countries, organizations, sources, locations, people, titles };
}

export async function loadGazetteer(): Promise<Gazetteer> {
  return new Gazetteer(await readGazetteerSources());
}
