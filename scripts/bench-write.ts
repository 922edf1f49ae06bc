/**
 * Write throughput of the graph writer into the configured Neo4j (the local one by default):
 * mentions per second for several batch sizes and write concurrencies, against a baseline of one
 * article per transaction run in the same process.
 *
 *   npx tsx scripts/bench-write.ts [--articles 2000] [--batches 1,50,200,500] [--concurrency 1,2]
 *
 * The corpus is synthetic and deterministic: articles whose bodies and comments mention entities
 * drawn from a skewed pool (a few hot entities, as 米国 is in real news), so lock contention on hot
 * nodes is part of what is measured. Everything it writes has ids starting with "bench-" and is
 * deleted at the start and the end; the rest of the graph is not touched.
 */
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { connect } from '../graph/driver.js';
import { ensureSchema } from '../graph/schema.js';
import { writeArticles, type ExtractedArticle } from '../graph/writer.js';
import { resolveSettings } from '../src/settings.js';
import type { Article, Comment, Entity, EntityKind, Mention, TextExtraction } from '../src/types.js';
import { seededRandom } from '../src/random.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    batches: { type: 'string', default: '1,50,200,500' },
    concurrency: { type: 'string', default: '1,2' },
    baseline: { type: 'string', default: '200' },
  },
});

const KINDS: EntityKind[] = ['person', 'country', 'location', 'organization', 'source'];
const POOL: Entity[] = Array.from({ length: 2000 }, (_, i) => {
  const kind = KINDS[i % KINDS.length]!;
  const name = `Bench ${kind} ${i}`;
  return { id: `bench-${kind}:${i}`, kind, name, nameEn: name, nameJa: `ベンチ${i}`, aliases: [name, `ベンチ${i}`] };
});

/** The entities one article is about: skewed, since squaring a uniform number favours low (hot) indexes. */
function topic(random: () => number, size: number): Entity[] {
  const chosen = new Map<string, Entity>();
  while (chosen.size < size) {
    const entity = POOL[Math.floor(random() * random() * POOL.length)]!;
    chosen.set(entity.id, entity);
  }
  return [...chosen.values()];
}

function makeText(random: () => number, about: readonly Entity[], mentionsWanted: number): { text: string; mentions: Mention[] } {
  let text = '';
  const mentions: Mention[] = [];
  for (let i = 0; i < mentionsWanted; i++) {
    const entity = about[Math.floor(random() * about.length)]!;
    text += 'それについて述べた。';
    const surface = entity.nameJa!;
    mentions.push({ start: text.length, end: text.length + surface.length, text: surface, kind: entity.kind, entity });
    text += surface;
  }
  return { text: `${text}。`, mentions };
}

function corpus(count: number, seed: number): ExtractedArticle[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => {
    const id = `bench-article-${seed}-${n}`;
    // Shaped after the demo corpus: about 18 entities and 28 mentions per body, 3 per comment.
    const about = topic(random, 14 + Math.floor(random() * 9));
    const body = makeText(random, about, 20 + Math.floor(random() * 16));
    const comments: Comment[] = [];
    const commentExtractions: Record<string, TextExtraction> = {};
    for (let c = 0; c < 5; c++) {
      const text = makeText(random, [...about.slice(0, 6), ...topic(random, 2)], 2 + Math.floor(random() * 3));
      comments.push({ id: String(c), parentId: c > 0 && random() < 0.5 ? String(c - 1) : null, depth: 0, author: null, postedAt: null, votes: c, text: text.text, lang: 'ja' });
      commentExtractions[String(c)] = { mentions: text.mentions, roles: [] };
    }
    const article: Article = {
      id,
      url: null,
      title: `bench ${n}`,
      lang: 'ja',
      publishedAt: '2021-08-26',
      category: null,
      site: null,
      body: body.text,
      sources: [],
      related: [],
      comments,
    };
    const entities = new Map<string, Entity>();
    for (const m of [...body.mentions, ...Object.values(commentExtractions).flatMap((t) => t.mentions)]) entities.set(m.entity.id, m.entity);
    return { article, extraction: { articleId: id, body: { mentions: body.mentions, roles: [] }, comments: commentExtractions, entities: [...entities.values()] } };
  });
}

async function wipeBench(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Relationships first, in small transactions: a hot entity has tens of thousands of them.
    await session.run(`MATCH (n:Entity) WHERE n.id STARTS WITH 'bench-' MATCH (n)-[r]-()
      CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(`MATCH (n) WHERE (n:Article OR n:Comment OR n:Entity) AND n.id STARTS WITH 'bench-'
      CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`);
  } finally {
    await session.close();
  }
}

async function writeAll(driver: Driver, items: ExtractedArticle[], batchSize: number, concurrency: number, timings?: Map<string, number>): Promise<{ mentions: number; relationships: number; seconds: number }> {
  const started = performance.now();
  let mentions = 0;
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const batch = items.slice(next, next + batchSize);
      next += batchSize;
      const written = await writeArticles(driver, batch, { timings });
      mentions += written.mentions;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const relationships = items.reduce((n, { extraction }) => {
    const per = (t: TextExtraction) => new Set(t.mentions.map((m) => m.entity.id)).size;
    return n + per(extraction.body) + Object.values(extraction.comments).reduce((k, t) => k + per(t), 0);
  }, 0);
  return { mentions, relationships, seconds };
}

const { connection } = resolveSettings();
const driver = await connect(connection);
try {
  await ensureSchema(driver);
  const count = Number(values.articles);
  const batches = values.batches.split(',').map(Number);
  const concurrencies = values.concurrency.split(',').map(Number);
  console.log(`Neo4j at ${connection.uri}; ${count} synthetic articles per run, 5 comments each, ${POOL.length} entities (skewed).`);

  await wipeBench(driver);
  const baselineItems = corpus(Number(values.baseline), 1);
  const base = await writeAll(driver, baselineItems, 1, 1);
  const baseRate = base.mentions / base.seconds;
  console.log(`baseline: one article per transaction, ${baselineItems.length} articles: ${Math.round(baseRate)} mentions/s`);
  await wipeBench(driver);

  console.log('| batch (articles) | concurrency | articles | mentions | MENTIONS rels | seconds | mentions/s | rels/s | × baseline |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  let seed = 2;
  for (const batch of batches) {
    for (const concurrency of concurrencies) {
      const items = corpus(count, seed++);
      const timings = new Map<string, number>();
      const run = await writeAll(driver, items, batch, concurrency, timings);
      const rate = run.mentions / run.seconds;
      console.log(
        `| ${batch} | ${concurrency} | ${count} | ${run.mentions} | ${run.relationships} | ${run.seconds.toFixed(2)} | ${Math.round(rate)} | ${Math.round(run.relationships / run.seconds)} | ${(rate / baseRate).toFixed(1)} |`,
      );
      const top = [...timings].sort((a, b) => b[1] - a[1]).slice(0, 4);
      console.error(`  slowest statements: ${top.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
      await wipeBench(driver);
    }
  }
} finally {
  await wipeBench(driver);
  await driver.close();
}
