/**
 * The synthetic, deterministic corpus of scripts/bench-write.ts: articles whose bodies and comments
 * mention entities drawn from a skewed pool (a few hot entities, as 米国 is in real news).
 */
import type { ExtractedArticle } from '../graph/writer.js';
import type { Article, Comment, Entity, EntityKind, Mention, TextExtraction } from '../src/types.js';
import { seededRandom } from '../src/random.js';

const KINDS: EntityKind[] = ['person', 'country', 'location', 'organization', 'source'];
export const POOL: Entity[] = Array.from({ length: 2000 }, (_, i) => {
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

export function corpus(count: number, seed: number): ExtractedArticle[] {
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

/**
 * Writes `items` in batches of `batchSize`, `concurrency` batches in flight, through `write`; returns
 * the mentions written. Shared by the write benchmarks so both run the same loop.
 */
export async function writeInBatches(
  items: readonly ExtractedArticle[],
  batchSize: number,
  concurrency: number,
  write: (batch: ExtractedArticle[]) => Promise<{ mentions: number }>,
): Promise<number> {
  let mentions = 0;
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const batch = items.slice(next, next + batchSize);
      next += batchSize;
      // Awaited first: `mentions += await …` would read the total before the write and lose the other writer's count.
      const written = await write(batch);
      mentions += written.mentions;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return mentions;
}
