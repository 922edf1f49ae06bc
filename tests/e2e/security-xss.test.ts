/**
 * No article or comment text ever runs in the explorer. Script payloads in titles, sites, authors,
 * comments, entity names and aliases, and javascript:/data: URLs are written to the real Neo4j
 * (through the real ingest with its extractor, and through the writer for entity names no extractor
 * would produce), then shown in Debian's Chromium: search results, the entity panel with its sentences,
 * the sites list and the Cypher console's table. Nothing may run (no dialog, no window.__pwned), no
 * element may come from the payloads, and every link must be http(s).
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../graph/driver.js';
import { writeArticles } from '../../graph/writer.js';
import { ingest } from '../../src/index.js';
import { PROJECT_ROOT } from '../../src/settings.js';
import type { Article, Entity } from '../../src/types.js';
import { DIST_DIR } from '../../viz/server/app-build.js';
import { neo4jData } from '../../viz/server/explorer-data.js';
import { startServer, type RunningServer } from '../../viz/server/server.js';
import { article, comment, extractionOf } from '../fixtures/graph/articles.js';
import { wipeGraph } from '../helpers/neo4j.js';
import { launchChromium, type Browser } from './browser.js';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

/** Each payload, if it ever ran, would set window.__pwned or open a dialog. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<svg onload="alert(3)"></svg>',
  '"><iframe src="javascript:alert(4)"></iframe>',
  "'><a href=javascript:alert(5)>click</a>",
  '<details open ontoggle="window.__pwned=6">',
  '{{constructor.constructor("window.__pwned=7")()}}',
  '<style>@import "javascript:alert(8)";</style>',
  '<math><mi xlink:href="javascript:alert(9)">x</mi></math>',
  '\u202e<b onmouseover=alert(10)>gnp.exe</b>',
];

const BAD_URLS = [
  'javascript:alert(11)',
  'JaVaScRiPt:window.__pwned=12',
  ' javascript:alert(13)',
  'data:text/html,<script>alert(14)</script>',
  'vbscript:msgbox(15)',
  'java\tscript:alert(16)',
];

/** Entities named by payloads; each also has a plain alias to find it by. */
const XSS_ENTITIES: Entity[] = PAYLOADS.slice(0, 6).map((payload, i) => ({
  id: `person:xss-${i}`,
  kind: i % 2 === 0 ? 'person' : 'organization',
  name: payload,
  nameEn: payload,
  nameJa: `${payload}日本`,
  aliases: [`Zorblax${'abcdef'[i]}`, payload],
}));

function entityArticles(): Article[] {
  return XSS_ENTITIES.map((entity, i) => {
    const alias = entity.aliases[0]!;
    return article(`xss-entity-${i}`, `${alias} met ${entity.name} in Kabul. ${alias} said nothing.`, {
      lang: 'en',
      title: PAYLOADS[(i + 3) % PAYLOADS.length]!,
      url: BAD_URLS[i % BAD_URLS.length]!,
      site: PAYLOADS[(i + 5) % PAYLOADS.length]!,
      publishedAt: `2021-08-2${i}T10:00:00Z`,
      comments: [{ ...comment('1', `${alias} again: ${PAYLOADS[(i + 1) % PAYLOADS.length]}`), author: PAYLOADS[(i + 2) % PAYLOADS.length]!, lang: 'en' }],
    });
  });
}

/** Real extraction: Joe Biden is found in bodies and comments around the payloads. */
function ingestedArticles(): Article[] {
  return PAYLOADS.map((payload, i) =>
    article(`xss-ingest-${i}`, `President Joe Biden spoke in Washington. ${payload} Joe Biden said the airlift would go on.`, {
      lang: 'en',
      title: `${payload} Biden speaks`,
      url: BAD_URLS[i % BAD_URLS.length]!,
      site: payload,
      publishedAt: `2021-09-0${(i % 9) + 1}T10:00:00Z`,
      sources: [{ label: 'Source', title: payload, url: BAD_URLS[(i + 1) % BAD_URLS.length]! }],
      related: [{ title: payload, url: BAD_URLS[(i + 2) % BAD_URLS.length]! }],
      comments: [{ ...comment('1', `Joe Biden ${payload}`), author: payload, lang: 'en' }],
    }),
  );
}

interface Damage {
  pwned: unknown;
  injected: string[];
  badLinks: string[];
}

/** What a payload would leave behind if it had become markup. */
function damage(page: Page): Promise<Damage> {
  return page.evaluate(() => {
    const injected = [
      ...document.querySelectorAll('[onerror],[onload],[onmouseover],[ontoggle],[onclick],iframe,object,embed,svg,math,details,style,script:not([src]),body script'),
    ]
      .filter((e) => !(e.tagName === 'SCRIPT' && (e as HTMLScriptElement).src))
      .map((e) => e.outerHTML.slice(0, 80));
    const badLinks = [...document.querySelectorAll('a[href]')]
      .map((a) => (a as HTMLAnchorElement).href)
      .filter((href) => !/^https?:\/\//.test(href) && !href.startsWith('blob:'));
    return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, injected, badLinks };
  });
}

describe('the explorer in Chromium shows script payloads as text, never runs them', () => {
  let driver: Driver;
  let server: RunningServer;
  let browser: Browser;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    driver = await connect(inject('neo4j'));
    await wipeGraph(driver);
    const summary = await ingest(ingestedArticles(), { driver });
    expect(summary.rejected).toEqual([]);
    const written = await writeArticles(
      driver,
      entityArticles().map((a, i) => {
        const entity = XSS_ENTITIES[i]!;
        return { article: a, extraction: extractionOf(a, [[entity.aliases[0]!, entity], [entity.name, entity]]) };
      }),
    );
    expect(written.written).toBe(XSS_ENTITIES.length);
    server = await startServer({ data: neo4jData(driver), host: '127.0.0.1', port: 0, distDir: DIST_DIR });
    browser = await launchChromium();
    const { page } = browser;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('stored the payloads as they were (the test is not passing on empty data)', async () => {
    const { records } = await driver.executeQuery('MATCH (e:Entity) WHERE e.id STARTS WITH "person:xss-" RETURN e.name AS name ORDER BY e.id');
    expect(records.map((r) => r.get('name'))).toEqual(XSS_ENTITIES.map((e) => e.name));
    const titles = await driver.executeQuery('MATCH (a:Article) WHERE a.title CONTAINS "<" RETURN count(a) AS n');
    expect(Number(titles.records[0]?.get('n'))).toBeGreaterThanOrEqual(PAYLOADS.length);
  });

  it.each(XSS_ENTITIES.map((e, i) => [e.aliases[0]!, i] as const))('search %s shows the payload name as text in the results and the panel', async (alias, i) => {
    const { page } = browser;
    const entity = XSS_ENTITIES[i]!;
    await page.fill('#search', alias);
    await expect.poll(() => page.locator('#search-results').textContent()).toContain(entity.name);
    await page.press('#search', 'Enter');
    await page.waitForSelector(`#panel h2[data-entity-id="${entity.id}"]`);
    expect(await page.locator('#panel h2').textContent()).toBe(entity.name);
    expect(await page.locator('#panel').textContent()).toContain(entity.aliases[0]);
    const marks = await page.locator('#panel mark').allTextContents();
    expect(marks).toContain(entity.name);
    expect(await damage(page)).toEqual({ pwned: undefined, injected: [], badLinks: [] });
    if (i === 0) await page.screenshot({ path: path.join(SHOTS, 'security-xss-entity.png') });
  });

  it('Joe Biden\'s sentences carry payload titles, comments and authors as text, and no link to javascript:', async () => {
    const { page } = browser;
    await page.fill('#search', 'Joe Biden');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#panel h2[data-entity-id="person:joe-biden"]');
    const text = (await page.locator('#panel').textContent()) ?? '';
    expect(PAYLOADS.filter((p) => text.includes(p.trim().slice(0, 12))).length).toBeGreaterThan(3);
    const sentences = await page.locator('#panel li').count();
    expect(sentences).toBeGreaterThan(PAYLOADS.length);
    // None of the article URLs is http(s), so no sentence may carry a link at all.
    expect(await page.locator('#panel li a').count()).toBe(0);
    expect(await damage(page)).toEqual({ pwned: undefined, injected: [], badLinks: [] });
    await page.screenshot({ path: path.join(SHOTS, 'security-xss-biden.png') });
  });

  it('the sites list shows payload site names as text', async () => {
    const { page } = browser;
    const sites = (await page.locator('#sites').textContent()) ?? '';
    expect(sites).toContain('<script>');
    expect(await damage(page)).toEqual({ pwned: undefined, injected: [], badLinks: [] });
  });

  it('the Cypher console lists payload titles, URLs and names as text', async () => {
    const { page } = browser;
    await page.click('#console-toggle');
    await page.fill('#cypher', 'MATCH (a:Article)<-[:COMMENTS_ON]-(c:Comment) RETURN a.title AS title, a.url AS url, a.site AS site, c.author AS author, c.text AS text, a LIMIT 50');
    await page.click('#console-form button[type=submit]');
    await expect.poll(() => page.locator('#console-table tbody tr').count()).toBeGreaterThan(PAYLOADS.length);
    const table = (await page.locator('#console-table').textContent()) ?? '';
    expect(table).toContain('<img src=x onerror=');
    expect(table).toContain('javascript:alert(11)');
    await page.fill('#cypher', 'MATCH (e:Entity) WHERE e.id STARTS WITH "person:xss-" RETURN e');
    await page.click('#console-form button[type=submit]');
    await expect.poll(() => page.locator('#console-table tbody tr').count()).toBe(XSS_ENTITIES.length);
    await page.waitForTimeout(500);
    expect(await damage(page)).toEqual({ pwned: undefined, injected: [], badLinks: [] });
    await page.screenshot({ path: path.join(SHOTS, 'security-xss-console.png') });
  });

  it('after hovering and clicking around, nothing ran: no dialog, no page error from a payload', async () => {
    const { page } = browser;
    const box = await page.locator('#graph').boundingBox();
    if (box) {
      for (let i = 0; i < 20; i++) await page.mouse.move(box.x + ((i * 53) % box.width), box.y + ((i * 97) % box.height));
    }
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(pageErrors.filter((e) => /pwned|alert/.test(e))).toEqual([]);
    expect(await damage(page)).toEqual({ pwned: undefined, injected: [], badLinks: [] });
  });

  it('the damage check itself sees payload markup and javascript: links when they are there', async () => {
    const { page } = browser;
    await page.evaluate((html) => {
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.innerHTML = html;
      document.body.append(probe);
    }, `${PAYLOADS[0]}<a href="javascript:void 0">x</a>`);
    const seen = await damage(page);
    await page.evaluate(() => document.getElementById('probe')?.remove());
    expect(seen.injected.length).toBeGreaterThan(0);
    expect(seen.badLinks).toEqual(['javascript:void 0']);
  });
});
