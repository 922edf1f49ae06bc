import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../graph/schema.js';
import { writeArticles } from '../../../graph/writer.js';
import { AIRLIFT, ENGLISH, EVACUATION, KNOWN, extractionOf } from '../../fixtures/graph/articles.js';
import { useTestGraph } from '../../helpers/neo4j.js';
import { runCli } from '../../helpers/run-cli.js';

describe('newsgraph export', () => {
  const driver = useTestGraph();
  beforeAll(async () => {
    await ensureSchema(driver());
    await writeArticles(driver(), [EVACUATION, AIRLIFT, ENGLISH].map((article) => ({ article, extraction: extractionOf(article, KNOWN) })));
  });

  it('writes the whole entity graph as GEXF that Gephi\'s format reader accepts', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'newsgraph-export-')), 'graph.gexf');
    const run = await runCli(['export', '--format', 'gexf', '--out', out]);
    expect(run.code).toBe(0);
    const graph = parseGexf(UndirectedGraph, readFileSync(out, 'utf8'));
    const { records } = await driver().executeQuery('MATCH (e:Entity) RETURN count(e) AS n');
    expect(graph.order).toBe(records[0]?.get('n'));
    expect(graph.getNodeAttribute('person:joe-biden', 'label')).toBe('Joe Biden');
    expect(Number(graph.getEdgeAttribute(graph.edge('country:US', 'person:joe-biden')!, 'weight'))).toBe(2);
  });

  it('exports one entity\'s neighbourhood, with the articles that mention it, as graphology JSON', async () => {
    const run = await runCli(['export', '--format', 'json', '--entity', 'person:john-kirby', '--depth', '1', '--articles']);
    expect(run.code).toBe(0);
    const graph = UndirectedGraph.from(JSON.parse(run.stdout));
    const entities = graph.filterNodes((_, a) => a.kind !== 'article').sort();
    // Kirby appears only in a-evacuation: his neighbours are what that article mentions.
    expect(entities).toEqual(['country:AF', 'country:GB', 'country:US', 'location:kabul', 'org:taliban', 'org:us-dod', 'person:boris-johnson', 'person:joe-biden', 'person:john-kirby']);
    expect(graph.hasEdge('a-evacuation', 'person:john-kirby')).toBe(true);
  });

  it('says so when the entity does not exist, with exit code 1', async () => {
    const run = await runCli(['export', '--entity', 'person:nobody']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no entity with id person:nobody');
  });
});
