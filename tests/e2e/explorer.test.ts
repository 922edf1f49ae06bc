/**
 * The explorer end to end: the demo corpus ingested into the test Neo4j, `serve`'s server on a free
 * loopback port, Debian's Chromium on the page. Each scenario saves a screenshot under
 * test-results/e2e/ (git-ignored): look at them, they are what the user sees.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../graph/driver.js';
import { ingest } from '../../src/index.js';
import { PROJECT_ROOT } from '../../src/settings.js';
import { DIST_DIR } from '../../viz/server/app-build.js';
import { neo4jData } from '../../viz/server/explorer-data.js';
import { startServer, type RunningServer } from '../../viz/server/server.js';
import type { Overview } from '../../viz/shared/api-types.js';
import { edgeRows } from '../../viz/shared/columns.js';
import { KIND_COLORS } from '../../viz/app/colors.js';
import { wipeGraph } from '../helpers/neo4j.js';
import { launchChromium, type Browser } from './browser.js';
import { countPixels } from './pixels.js';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

describe('the explorer in Chromium, on the demo corpus', () => {
  let driver: Driver;
  let server: RunningServer;
  let browser: Browser;
  let overview: Overview;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    driver = await connect(inject('neo4j'));
    await wipeGraph(driver);
    const summary = await ingest([path.join(PROJECT_ROOT, 'data', 'demo')], { driver });
    expect(summary.rejected, 'the demo corpus must ingest whole').toEqual([]);
    server = await startServer({ data: neo4jData(driver), host: '127.0.0.1', port: 0, distDir: DIST_DIR });
    overview = (await (await fetch(`${server.url}api/overview`)).json()) as Overview;
    browser = await launchChromium();
    const { page } = browser;
    page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  const shoot = (name: string) => browser.page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

  it('loads the graph and draws it on the canvas', async () => {
    const { page } = browser;
    await page.waitForTimeout(300);
    await shoot('01-overview');
    const pixels = countPixels(await page.locator('#graph').screenshot(), [KIND_COLORS.person, KIND_COLORS.country]);
    expect(pixels.inked / pixels.total).toBeGreaterThan(0.01);
    expect(pixels.near[KIND_COLORS.person]).toBeGreaterThan(30);
    expect(pixels.near[KIND_COLORS.country]).toBeGreaterThan(30);
    const shown = await page.evaluate(() => (window as unknown as { newsgraph: { entityCount(): number } }).newsgraph.entityCount());
    expect(shown).toBe(overview.nodes.id.length);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(new RegExp(`^${overview.nodes.id.length} of ${overview.nodes.id.length} entities`));
  });

  it('finds Joe Biden from バイデン and shows sentences from an article and a comment', async () => {
    const { page } = browser;
    await page.fill('#search', 'バイデン');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#panel h2[data-entity-id="person:joe-biden"]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { newsgraph: { selected(): string } }).newsgraph.selected())).toBe('person:joe-biden');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Joe Biden');
    const articleMarks = await page.locator('#article-sentences li mark').allTextContents();
    const commentMarks = await page.locator('#comment-sentences li mark').allTextContents();
    expect(articleMarks.length).toBeGreaterThan(0);
    expect(commentMarks.length).toBeGreaterThan(0);
    for (const mark of [...articleMarks, ...commentMarks]) expect(['バイデン', 'Biden', 'Joe Biden', 'ジョー・バイデン', 'Joseph Biden', 'Joseph R. Biden']).toContain(mark);
    const firstArticle = (await page.locator('#article-sentences li p').first().textContent()) ?? '';
    expect(firstArticle).toMatch(/バイデン|Biden/);
    const links = await page.locator('#panel a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.every((href) => /^https?:\/\//.test(href))).toBe(true);
    expect(await page.locator('#panel img, #panel script').count()).toBe(0);
    await page.waitForTimeout(500);
    await shoot('02-search-biden');
  });

  it('follows the time slider: entities mentioned only later disappear', async () => {
    const { page } = browser;
    await page.click('#panel button:text("Close")');
    const days = [...new Set(overview.buckets.map((b) => b.day).filter((d): d is string => d !== null))].sort();
    const first = days[0]!;
    // What should stay, asked of the graph itself: the overview's entities mentioned (in an article
    // or its comments) in an article of the first day, and the links between two of them that
    // share such an article.
    const { records: mentioned } = await driver.executeQuery(
      `MATCH (e:Entity)<-[:MENTIONS]-(src) WHERE e.id IN $ids
       OPTIONAL MATCH (src:Comment)-[:COMMENTS_ON]->(parent:Article)
       WITH e, coalesce(parent, src) AS a WHERE left(a.publishedAt, 10) = $day
       RETURN DISTINCT e.id AS id, a.id AS article`,
      { ids: overview.nodes.id, day: first },
    );
    const expected = [...new Set(mentioned.map((r) => r.get('id') as string))].sort();
    const articlesOf = new Map<string, Set<string>>();
    for (const r of mentioned) articlesOf.set(r.get('id'), (articlesOf.get(r.get('id')) ?? new Set()).add(r.get('article')));
    const gone = overview.nodes.id.filter((id) => !expected.includes(id));
    expect(gone.length).toBeGreaterThan(0);
    const minWeight = Number(await page.locator('#min-weight').inputValue());
    const linkKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const sharedThatDay = edgeRows(overview)
      .filter((e) => e.weight >= minWeight && [...(articlesOf.get(e.source) ?? [])].some((a) => articlesOf.get(e.target)?.has(a)))
      .map((e) => linkKey(e.source, e.target));
    expect(sharedThatDay.length).toBeGreaterThan(0);

    await page.locator('#time-to').fill('0');
    await expect.poll(() => page.locator('#time-to-value').textContent()).toBe(first);
    const visible = await page.evaluate(() => (window as unknown as { newsgraph: { visibleEntities(): string[] } }).newsgraph.visibleEntities());
    expect(visible).toEqual(expected);
    // Links: every one whose ends share a first-day article shows; none shows with an end gone.
    const links = (await page.evaluate(() => (window as unknown as { newsgraph: { visibleLinks(): Array<[string, string]> } }).newsgraph.visibleLinks())).map(([a, b]) => linkKey(a, b));
    expect(links).toEqual(expect.arrayContaining(sharedThatDay));
    for (const link of links) expect(link.split('|').every((id) => expected.includes(id))).toBe(true);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(new RegExp(`^${expected.length} of ${overview.nodes.id.length} entities`));
    await page.waitForTimeout(300);
    await shoot('03-time-slider');

    await page.locator('#time-to').fill(String(days.length - 1));
    await expect.poll(() => page.evaluate(() => (window as unknown as { newsgraph: { visibleEntities(): string[] } }).newsgraph.visibleEntities().length)).toBe(overview.nodes.id.length);
  });

  it('refuses a write query in the console and draws a read query as a graph and a table', async () => {
    const { page } = browser;
    await page.click('#console-toggle');
    await page.fill('#cypher', "MATCH (e:Entity {id: 'person:joe-biden'}) SET e.name = 'Someone else' RETURN e");
    await page.click('#console-form button[type=submit]');
    await expect.poll(() => page.locator('#console-message').textContent()).toMatch(/^Refused: this query writes to the graph/);
    expect(await page.locator('#console-message').getAttribute('class')).toBe('refused');
    await shoot('04-console-refused');
    const { records } = await driver.executeQuery("MATCH (e:Entity {id: 'person:joe-biden'}) RETURN e.name AS name");
    expect(records[0]?.get('name')).toBe('Joe Biden');

    await page.fill('#cypher', "MATCH (p:Person {id: 'person:joe-biden'})-[r:CO_OCCURS_WITH]-(e:Entity) RETURN p, r, e ORDER BY r.weight DESC LIMIT 12");
    await page.click('#console-form button[type=submit]');
    await expect.poll(() => page.locator('#console-message').textContent()).toMatch(/^12 rows · 13 nodes · 12 relationships/);
    expect(await page.locator('#console-table tbody tr').count()).toBe(12);
    expect(await page.locator('#console-table thead th').allTextContents()).toEqual(['p', 'r', 'e']);
    await page.waitForTimeout(500);
    const pixels = countPixels(await page.locator('#console-graph').screenshot(), [KIND_COLORS.person]);
    expect(pixels.near[KIND_COLORS.person]).toBeGreaterThan(20);
    await shoot('05-console-read');
  });

  it('switches labels to Japanese, colors communities, refines in a worker and stops, and exports PNG and GEXF', async () => {
    const { page } = browser;
    await page.click('#console-toggle');
    await page.fill('#search', 'Biden');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#panel h2[data-entity-id="person:joe-biden"]');
    await page.click('#lang-toggle');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('ジョー・バイデン');
    expect(await page.locator('#search-results li').count()).toBe(0);
    await page.click('#panel button:text("Close")');

    await page.selectOption('#color-by', 'community');
    await expect.poll(() => page.locator('#community-note').textContent()).toMatch(/^Colors: \d+ Louvain communities/);

    const positions = () => page.evaluate(() => (window as unknown as { newsgraph: { positions(): number[] } }).newsgraph.positions());
    const before = await positions();
    await page.click('#refine');
    await expect.poll(() => page.locator('#refine').textContent()).toBe('Stop refine');
    await expect.poll(async () => (await positions()).some((v, i) => v !== before[i]), { timeout: 10_000 }).toBe(true);
    await page.click('#refine');
    await expect.poll(() => page.locator('#refine').getAttribute('aria-pressed')).toBe('false');
    const stopped = await positions();
    await page.waitForTimeout(500);
    expect(await positions()).toEqual(stopped);
    await shoot('06-japanese-communities-refined');

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('newsgraph.png');
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    const visible = await page.evaluate(() => (window as unknown as { newsgraph: { visibleEntities(): string[] } }).newsgraph.visibleEntities());
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<gexf /);
    expect((xml.match(/<node /g) ?? []).length).toBe(visible.length);
    expect(xml).toContain('id="person:joe-biden"');
  });
});
