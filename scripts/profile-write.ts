/**
 * Where one write batch spends its time inside Neo4j: writes --warm synthetic articles of
 * scripts/bench-write-corpus.ts, then runs the next batch's statements with PROFILE in a transaction
 * that is rolled back, and prints each statement's operators with rows and db hits.
 *
 *   npx tsx scripts/profile-write.ts [--warm 400] [--batch 200] [--statement UPDATE_COOCCURRENCE]
 */
import { parseArgs } from 'node:util';
import { connect } from '../graph/driver.js';
import { ensureSchema } from '../graph/schema.js';
import { articleRows, cooccurrenceDeltas } from '../graph/rows.js';
import { groupByFirst, writeArticles } from '../graph/writer.js';
import * as Q from '../graph/write-cypher.js';
import { resolveSettings } from '../src/settings.js';
import { corpus } from './bench-write-corpus.js';

const { values } = parseArgs({ options: { warm: { type: 'string', default: '400' }, batch: { type: 'string', default: '200' } } });

interface Plan { operatorType: string; rows: number; dbHits: number; time?: number; children: Plan[]; arguments: Record<string, unknown> }

function print(plan: Plan, depth = 0): void {
  const details = String(plan.arguments.Details ?? '').slice(0, 90);
  console.log(`${'  '.repeat(depth)}${plan.operatorType}  rows=${plan.rows} dbHits=${plan.dbHits}  ${details}`);
  for (const child of plan.children) print(child, depth + 1);
}

const { connection } = resolveSettings();
const driver = await connect(connection);
try {
  await ensureSchema(driver);
  const items = corpus(Number(values.warm) + Number(values.batch), 7);
  const warm = items.slice(0, Number(values.warm));
  for (let i = 0; i < warm.length; i += 200) await writeArticles(driver, warm.slice(i, i + 200));
  const batch = items.slice(Number(values.warm)).map(({ article, extraction }) => articleRows(article, extraction));
  const deltas = cooccurrenceDeltas(batch.map((rows) => ({ before: [], after: rows.mentionedEntityIds })));
  console.log(`batch of ${batch.length}: ${deltas.length} co-occurrence rows (${batch.reduce((n, r) => n + (r.mentionedEntityIds.length * (r.mentionedEntityIds.length - 1)) / 2, 0)} pairs before summing)`);
  const session = driver.session();
  const tx = session.beginTransaction();
  try {
    const started = performance.now();
    const result = await tx.run(`PROFILE ${Q.UPDATE_COOCCURRENCE}`, { rows: groupByFirst(deltas) });
    console.log(`UPDATE_COOCCURRENCE: ${(performance.now() - started).toFixed(0)} ms`);
    print(result.summary.profile as unknown as Plan);
  } finally {
    await tx.rollback();
    await session.close();
  }
} finally {
  await driver.session().run(`MATCH (n) WHERE (n:Article OR n:Comment OR n:Entity) AND n.id STARTS WITH 'bench-' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`);
  await driver.close();
}
