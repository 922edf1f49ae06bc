/**
 * Two ingests at once over overlapping inputs (two drivers, so two Bolt connections writing at the
 * same time) end with the graph of one ingest: same checksum, no duplicate ids, constraints hold.
 */
import { describe, expect, it } from 'vitest';
import { graphChecksum } from '../../../graph/checksum.js';
import { connect } from '../../../graph/driver.js';
import { SCHEMA_NAMES } from '../../../graph/schema.js';
import { ingest } from '../../../ingest/ingest.js';
import type { Article } from '../../../src/types.js';
import { inject } from 'vitest';
import { useTestGraph, wipeGraph } from '../../helpers/neo4j.js';

const PEOPLE = ['Joe Biden', 'Boris Johnson', 'John Kirby', 'Antony Blinken'];
const PLACES = ['Kabul', 'Washington', 'London', 'Doha'];

function corpus(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `overlap-${i}`,
    url: `https://overlap.example.org/${i}`,
    title: `${PEOPLE[i % 4]} in ${PLACES[(i + 1) % 4]}`,
    lang: 'en',
    publishedAt: `2021-08-${String((i % 28) + 1).padStart(2, '0')}T08:00:00Z`,
    category: null,
    site: 'Overlap News',
    body: `${PEOPLE[i % 4]} met ${PEOPLE[(i + 1) % 4]} in ${PLACES[i % 4]}. The Taliban and NATO were discussed in ${PLACES[(i + 2) % 4]}.`,
    sources: [],
    related: [],
    comments: [{ id: '1', parentId: null, depth: 0, author: null, postedAt: null, votes: 1, text: `${PEOPLE[(i + 2) % 4]} should go to ${PLACES[(i + 3) % 4]}.`, lang: 'en' }],
  }));
}

describe('two ingests at once', () => {
  const driver = useTestGraph();

  it('over overlapping inputs give the graph of one ingest', async () => {
    const all = corpus(120);
    await ingest(all, { driver: driver(), batchSize: 10 });
    const once = await graphChecksum(driver());

    await wipeGraph(driver());
    const second = await connect(inject('neo4j'));
    try {
      // A takes articles 0–89 forwards, B 30–119 backwards: 60 articles written by both at once.
      await Promise.all([
        ingest(all.slice(0, 90), { driver: driver(), batchSize: 10 }),
        ingest(all.slice(30).reverse(), { driver: second, batchSize: 10 }),
      ]);
    } finally {
      await second.close();
    }
    const together = await graphChecksum(driver());
    expect(together).toEqual(once);

    const { records } = await driver().executeQuery('MATCH (n) WHERE n.id IS NOT NULL WITH labels(n) AS l, n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS dupes');
    expect(Number(records[0]?.get('dupes'))).toBe(0);
    const names = (await driver().executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names')).records[0]?.get('names') as string[];
    expect(names).toEqual(expect.arrayContaining([...SCHEMA_NAMES.constraints]));
  });
});
