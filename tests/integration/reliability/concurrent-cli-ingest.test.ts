/**
 * Two `newsgraph ingest` processes at once over the same new articles end with the graph of one
 * ingest. Small batches make the two writers meet on the same articles; without the writer's
 * article locks the second one re-added what the first had written.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphChecksum } from '../../../graph/checksum.js';
import { PROJECT_ROOT } from '../../../src/settings.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTestGraph, wipeGraph } from '../../helpers/neo4j.js';

const DEMO = path.join(PROJECT_ROOT, 'data', 'demo');
const INGEST = ['ingest', DEMO, '--concurrency', '1', '--batch-size', '3', '--json'];

describe('two CLI ingests at once', () => {
  const driver = useTestGraph();

  it('over the same inputs give the graph of one ingest', async () => {
    const single = await runCli(INGEST);
    expect(single.code).toBe(0);
    const once = await graphChecksum(driver());
    expect(once.nodes).toBeGreaterThan(100);

    await wipeGraph(driver());
    const [first, second] = await Promise.all([runCli(INGEST), runCli(INGEST)]);
    expect([first.code, second.code]).toEqual([0, 0]);
    const written = [first, second].map((run) => (JSON.parse(run.stdout) as { written: number }).written);
    expect(written.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(16);
    expect(await graphChecksum(driver())).toEqual(once);
  });
});
