/** Reads a reader fixture (tests/fixtures/readers) as bytes, and parses it like the CLI does. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument, type ReadOptions } from '../../../ingest/read.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/readers/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(`${FIXTURES}${name}`);
}

export function parseFixture(name: string, options?: ReadOptions) {
  return parseDocument(fixtureBytes(name), name, options);
}

/** The single article a fixture holds; fails the test when there is not exactly one. */
export function onlyArticle(name: string, options?: ReadOptions) {
  const result = parseFixture(name, options);
  if (result.articles.length !== 1) throw new Error(`${name}: expected one article, got ${result.articles.length}`);
  return { article: result.articles[0]!, rejected: result.rejected };
}
