/**
 * The library call, as a script would use it: ingest Article objects (or paths) and read the summary.
 *
 *   npx tsx scripts/example-ingest.ts
 */
import { ingest, type Article } from 'newsgraph';

const article: Article = {
  id: 'example-2021-08-26-kirby',
  url: 'https://example.org/news/2021-08-26-kirby',
  title: 'Pentagon: coordination with allies at Kabul airport is limited',
  lang: 'en',
  publishedAt: '2021-08-26T18:00:00Z',
  category: 'World',
  site: 'Example News',
  body: 'Pentagon press secretary John Kirby said on Thursday that coordination with allies at Kabul airport was limited. President Joe Biden kept the August 31 deadline.',
  sources: [{ label: 'Source', title: 'Department of Defense briefing', url: 'https://www.defense.gov/' }],
  related: [],
  comments: [
    { id: '1', parentId: null, depth: 0, author: null, postedAt: '2021-08-26', votes: 3, text: 'Biden should have listened to Britain.', lang: 'en' },
    { id: '2', parentId: '1', depth: 1, author: null, postedAt: '2021-08-27', votes: 1, text: 'Britain could not hold the airport alone.', lang: 'en' },
  ],
};

// Paths work the same way: await ingest(['data/demo', 'feeds/*.xml']).
const summary = await ingest([article]);
console.log(`${summary.written} written, ${summary.unchanged} unchanged: ${summary.mentions} mentions of ${summary.entities} entities.`);
