import { describe, expect, it } from 'vitest';
import { graphChecksum } from '../../../graph/checksum.js';
import { ensureSchema, SCHEMA_NAMES } from '../../../graph/schema.js';
import { writeArticles, type ExtractedArticle } from '../../../graph/writer.js';
import type { Article } from '../../../src/types.js';
import { AIRLIFT, BIDEN_ROLE, ENGLISH, EVACUATION, KIRBY_ROLE, KNOWN, comment, extractionOf } from '../../fixtures/graph/articles.js';
import { useTestGraph, wipeGraph } from '../../helpers/neo4j.js';

const extracted = (article: Article): ExtractedArticle => ({ article, extraction: extractionOf(article, KNOWN, [KIRBY_ROLE, BIDEN_ROLE]) });
const CORPUS = [EVACUATION, AIRLIFT, ENGLISH].map(extracted);

describe('the graph writer against Neo4j', () => {
  const driver = useTestGraph();
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver().executeQuery(cypher, params, { routing: 'READ' })).records.map((r) => r.toObject());
  const asMap = (list: Array<Record<string, any>>) => Object.fromEntries(list.map((r) => [`${r.a}|${r.b}`, Number(r.weight)]));
  /** CO_OCCURS_WITH as stored: "a|b" → weight. */
  const storedWeights = async () => asMap(await rows(`MATCH (x:Entity)-[r:CO_OCCURS_WITH]->(y:Entity) RETURN x.id AS a, y.id AS b, r.weight AS weight`));
  /** The same, counted from scratch from MENTIONS: articles whose body or comments mention both. */
  const recountedWeights = async () =>
    asMap(
      await rows(`
        MATCH (art:Article) WHERE art.contentHash IS NOT NULL
        CALL (art) {
          OPTIONAL MATCH (c:Comment)-[:COMMENTS_ON]->(art)
          WITH art, collect(c) AS comments
          UNWIND [art] + comments AS n
          MATCH (n)-[:MENTIONS]->(e:Entity)
          RETURN collect(DISTINCT e.id) AS ids
        }
        UNWIND ids AS x
        UNWIND ids AS y
        WITH art, x, y WHERE x < y
        RETURN x AS a, y AS b, count(DISTINCT art) AS weight`),
    );

  it('creates the constraints and indexes of docs/schema.md, all online', async () => {
    await ensureSchema(driver());
    const constraints = (await rows('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name);
    expect(constraints).toEqual(expect.arrayContaining([...SCHEMA_NAMES.constraints]));
    const indexes = await rows('SHOW INDEXES YIELD name, state RETURN name, state');
    for (const name of SCHEMA_NAMES.indexes) expect(indexes).toContainEqual({ name, state: 'ONLINE' });
  });

  it('writes articles, comments with threads, entities, mentions with spans, sources, roles', async () => {
    await ensureSchema(driver());
    const result = await writeArticles(driver(), CORPUS);
    expect(result).toMatchObject({ written: 3, unchanged: 0, comments: 4 });

    const [biden] = await rows(`MATCH (a:Article {id: 'a-evacuation'})-[m:MENTIONS]->(:Person {id: 'person:joe-biden'}) RETURN m.spans AS spans, m.surfaces AS surfaces`);
    const at = EVACUATION.body.indexOf('バイデン');
    expect(biden).toEqual({ spans: [`${at}-${at + 4}`], surfaces: ['バイデン'] });

    const commenters = await rows(`MATCH (c:Comment)-[:MENTIONS]->(:Entity {id: 'person:joe-biden'}) RETURN c.id AS id, c.votes AS votes`);
    expect(commenters).toEqual([{ id: 'a-evacuation#1', votes: 12 }]);
    const thread = await rows(`MATCH p = (:Comment {id: 'a-evacuation#3'})-[:REPLIES_TO*]->(root:Comment) RETURN root.id AS root, length(p) AS depth ORDER BY depth DESC LIMIT 1`);
    expect(thread).toEqual([{ root: 'a-evacuation#1', depth: 2 }]);

    const role = await rows(`MATCH (:Person {id: 'person:john-kirby'})-[r:HOLDS_ROLE]->(o:Organization) RETURN o.name AS of, r.title AS title, r.titleJa AS titleJa, r.articles AS articles, r.firstSeen AS firstSeen`);
    expect(role).toEqual([{ of: 'Department of Defense', title: 'press secretary', titleJa: '報道官', articles: ['a-evacuation'], firstSeen: '2021-08-26' }]);
    const president = await rows(`MATCH (:Person {id: 'person:joe-biden'})-[r:HOLDS_ROLE]->(:Country {id: 'country:US'}) RETURN r.articles AS articles, r.firstSeen AS f, r.lastSeen AS l`);
    // e-allies names Biden but not the country, so it says nothing about his role.
    expect(president).toEqual([{ articles: ['a-airlift', 'a-evacuation'], f: '2021-08-26', l: '2021-08-28' }]);

    const cites = await rows(`MATCH (:Article {id: 'a-evacuation'})-[c:CITES]->(s:Source) RETURN s.id AS source, c.role AS role ORDER BY source`);
    expect(cites).toEqual([
      { source: 'source:defense.example.gov', role: '参考' },
      { source: 'source:the-guardian', role: '出典' },
    ]);
    const publisher = await rows(`MATCH (:Article {id: 'e-allies'})-[:PUBLISHED_BY]->(s:Source) RETURN s.id AS id`);
    expect(publisher).toEqual([{ id: 'source:the-guardian' }]);
    const located = await rows(`MATCH (:Location {id: 'location:kabul'})-[:LOCATED_IN]->(c:Country) RETURN c.id AS id`);
    expect(located).toEqual([{ id: 'country:AF' }]);
    const related = await rows(`MATCH (:Article {id: 'a-evacuation'})-[:RELATED_TO]->(t:Article) RETURN t.id AS id, t.contentHash IS NOT NULL AS ingested`);
    expect(related).toEqual([{ id: 'https://news.example.org/a-airlift', ingested: false }]);
  });

  it('weighs co-occurrence by the number of articles, body or comments', async () => {
    const pairs = await rows(`MATCH (a:Entity {id: 'country:US'})-[r:CO_OCCURS_WITH]->(b:Entity {id: 'person:joe-biden'}) RETURN r.weight AS weight, r.key AS key, keys(r) AS keys`);
    expect(pairs).toEqual([{ weight: 2, key: '10:country:USperson:joe-biden', keys: expect.arrayContaining(['weight', 'key']) }]);
    expect(pairs[0]!.keys).toHaveLength(2);
    // e-allies says Biden and Britain in its body; a-evacuation says Biden in a comment, 英国 in its body.
    const bidenUk = await rows(`MATCH (:Entity {id: 'country:GB'})-[r:CO_OCCURS_WITH]->(:Entity {id: 'person:joe-biden'}) RETURN r.weight AS weight`);
    expect(bidenUk).toEqual([{ weight: 2 }]);
    expect(await storedWeights()).toEqual(await recountedWeights());
    const reversed = await rows(`MATCH (:Entity {id: 'person:joe-biden'})-[r:CO_OCCURS_WITH]->(:Entity {id: 'country:US'}) RETURN r`);
    expect(reversed).toEqual([]);
  });

  it('changes nothing when the same input is written again, skipped or forced', async () => {
    const before = await graphChecksum(driver());
    expect(await writeArticles(driver(), CORPUS)).toMatchObject({ written: 0, unchanged: 3 });
    expect(await graphChecksum(driver())).toEqual(before);
    expect(await writeArticles(driver(), [...CORPUS].reverse(), { force: true })).toMatchObject({ written: 3 });
    expect(await graphChecksum(driver())).toEqual(before);
  });

  it('an edited article leaves no stale mention, comment, role or co-occurrence weight', async () => {
    const edited: Article = {
      ...EVACUATION,
      body: 'タリバンはカブールを掌握した。英国は退避を急ぐ。',
      comments: [comment('1', 'タリバンは信用できない。', null, 12)],
    };
    await writeArticles(driver(), [extracted(edited)]);
    const afterEdit = await graphChecksum(driver());

    await wipeGraph(driver());
    await ensureSchema(driver());
    await writeArticles(driver(), [extracted(edited), CORPUS[1]!, CORPUS[2]!]);
    const fresh = await graphChecksum(driver());
    expect(afterEdit).toEqual(fresh);

    expect(await rows(`MATCH (:Comment {articleId: 'a-evacuation'}) RETURN count(*) AS n`)).toEqual([{ n: 1 }]);
    expect(await rows(`MATCH (:Entity {id: 'person:john-kirby'}) RETURN count(*) AS n`)).toEqual([{ n: 0 }]);
    expect(await rows(`MATCH ()-[r:HOLDS_ROLE]->() WHERE 'a-evacuation' IN r.articles RETURN count(r) AS n`)).toEqual([{ n: 0 }]);
    const usBiden = await rows(`MATCH (:Entity {id: 'country:US'})-[r:CO_OCCURS_WITH]->(:Entity {id: 'person:joe-biden'}) RETURN r.weight AS weight`);
    expect(usBiden).toEqual([{ weight: 1 }]);
    expect(await storedWeights()).toEqual(await recountedWeights());
  });

  it('an edit that removes an entity takes exactly its pairs down by one; a shared pair survives until no article says it', async () => {
    await wipeGraph(driver());
    await ensureSchema(driver());
    await writeArticles(driver(), CORPUS);
    const weight = async (a: string, b: string) =>
      (await rows(`MATCH (:Entity {id: $a})-[r:CO_OCCURS_WITH]->(:Entity {id: $b}) RETURN r.weight AS w`, { a, b }))[0]?.w ?? 0;
    const before = await storedWeights();
    expect(await weight('country:US', 'org:taliban')).toBe(2);
    expect(await weight('location:kabul', 'org:taliban')).toBe(2);

    // a-airlift stops naming 米国: its three pairs with the US lose one; every other pair is as it was.
    const airliftNoUs: Article = { ...AIRLIFT, body: 'カブールからの退避は続く。タリバンは毎日話し合っている。バイデンは期限を守ると述べた。' };
    await writeArticles(driver(), [extracted(airliftNoUs)]);
    const afterFirst = await storedWeights();
    const moved = Object.keys({ ...before, ...afterFirst }).filter((k) => before[k] !== afterFirst[k]).sort();
    expect(moved).toEqual(['country:US|location:kabul', 'country:US|org:taliban', 'country:US|person:joe-biden']);
    for (const k of moved) expect(afterFirst[k]).toBe(before[k]! - 1);
    expect(await weight('location:kabul', 'org:taliban')).toBe(2);

    // Now a-evacuation stops naming Biden (body and comment): US–Biden had only it left, so the edge goes.
    const evacuationNoBiden: Article = {
      ...EVACUATION,
      body: EVACUATION.body.replace('バイデン大統領は', '大統領は'),
      comments: EVACUATION.comments.map((c) => ({ ...c, text: c.text.replace('バイデン', '彼') })),
    };
    await writeArticles(driver(), [extracted(evacuationNoBiden)]);
    expect(await weight('country:US', 'person:joe-biden')).toBe(0);
    expect(await weight('location:kabul', 'person:joe-biden')).toBe(1);
    expect(await storedWeights()).toEqual(await recountedWeights());
    const edited = await graphChecksum(driver());

    // The same graph as ingesting the edited versions fresh, in one batch.
    await wipeGraph(driver());
    await ensureSchema(driver());
    await writeArticles(driver(), [extracted(evacuationNoBiden), extracted(airliftNoUs), CORPUS[2]!]);
    expect(await graphChecksum(driver())).toEqual(edited);
  });

  it('edits and new articles in one batch, written twice, keep every weight equal to its recount', async () => {
    await wipeGraph(driver());
    await ensureSchema(driver());
    await writeArticles(driver(), [CORPUS[0]!, CORPUS[1]!]);
    const edited: Article = { ...AIRLIFT, body: '米国と英国はカブールで会った。', comments: [] };
    const batch = [extracted(edited), CORPUS[2]!];
    expect(await writeArticles(driver(), batch)).toMatchObject({ written: 2 });
    expect(await storedWeights()).toEqual(await recountedWeights());
    const once = await graphChecksum(driver());
    expect(await writeArticles(driver(), batch, { force: true })).toMatchObject({ written: 2 });
    expect(await graphChecksum(driver())).toEqual(once);
  });

  it('gives edges of a graph written before the pair key their key, the one the writer would give, and keeps them single', async () => {
    await wipeGraph(driver());
    await ensureSchema(driver());
    await writeArticles(driver(), CORPUS);
    const current = await graphChecksum(driver());
    const edges = await rows('MATCH ()-[r:CO_OCCURS_WITH]->() RETURN count(r) AS n');

    await driver().executeQuery('DROP CONSTRAINT cooccurrence_key');
    await driver().executeQuery('MATCH ()-[r:CO_OCCURS_WITH]->() REMOVE r.key');
    expect(await rows('MATCH ()-[r:CO_OCCURS_WITH]->() WHERE r.key IS NOT NULL RETURN count(r) AS n')).toEqual([{ n: 0 }]);
    await ensureSchema(driver());
    expect(await graphChecksum(driver())).toEqual(current);

    await writeArticles(driver(), [...CORPUS].reverse(), { force: true });
    expect(await rows('MATCH ()-[r:CO_OCCURS_WITH]->() RETURN count(r) AS n')).toEqual(edges);
    expect(await graphChecksum(driver())).toEqual(current);
  });

  it('an edit that drops the last mention of a place removes it, its LOCATED_IN and the country only it brought', async () => {
    await wipeGraph(driver());
    await ensureSchema(driver());
    const withoutKabul: Article = { ...AIRLIFT, body: '米国とタリバンは毎日話し合っている。', comments: [] };
    await writeArticles(driver(), [extracted(withoutKabul)]);
    const fresh = await graphChecksum(driver());

    await wipeGraph(driver());
    await ensureSchema(driver());
    await writeArticles(driver(), [extracted(AIRLIFT)]);
    expect(await rows(`MATCH (:Location {id: 'location:kabul'})-[:LOCATED_IN]->(c:Country) RETURN c.id AS id`)).toEqual([{ id: 'country:AF' }]);
    await writeArticles(driver(), [extracted(withoutKabul)]);
    expect(await rows(`MATCH (e:Entity) WHERE e.id IN ['location:kabul', 'country:AF'] RETURN e.id AS id`)).toEqual([]);
    expect(await graphChecksum(driver())).toEqual(fresh);
  });
});
