/**
 * Where one write batch spends its time inside Neo4j: writes --warm synthetic articles of
 * scripts/bench-write-corpus.ts, then writes the next --batch articles through the real writer with
 * every statement under PROFILE, and prints each statement's time, operators, rows and db hits
 * (--statement NAME: only the statements whose name starts with it). Everything is deleted after.
 *
 *   npx tsx scripts/profile-write.ts [--warm 400] [--batch 200] [--statement UPDATE_COOCCURRENCE]
 */
import { parseArgs } from 'node:util';
import { connect } from '../graph/driver.js';
import { ensureSchema } from '../graph/schema.js';
import { writeArticles } from '../graph/writer.js';
import { resolveSettings } from '../src/settings.js';
import { corpus } from './bench-write-corpus.js';

const { values } = parseArgs({ options: { warm: { type: 'string', default: '400' }, batch: { type: 'string', default: '200' }, statement: { type: 'string', default: '' } } });

interface Plan { operatorType: string; rows: number; dbHits: number; children: Plan[]; arguments: Record<string, unknown> }

const totalHits = (plan: Plan): number => plan.dbHits + plan.children.reduce((n, c) => n + totalHits(c), 0);

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
  const timings = new Map<string, number>();
  const plans: Array<[string, Plan]> = [];
  await writeArticles(driver, items.slice(Number(values.warm)), { timings, profile: (name, plan) => plans.push([name, plan as Plan]) });
  console.log(`batch of ${values.batch} articles into a graph of ${values.warm}:`);
  for (const [name, plan] of plans) {
    if (!name.startsWith(values.statement)) continue;
    console.log(`\n${name}: ${Math.round(timings.get(name) ?? 0)} ms (with PROFILE), ${totalHits(plan)} db hits`);
    print(plan);
  }
  console.log(`\ntransaction with commit: ${Math.round([...timings].find(([n]) => n.startsWith('transaction'))?.[1] ?? 0)} ms`);
} finally {
  const session = driver.session();
  await session.run(`MATCH (n:Entity) WHERE n.id STARTS WITH 'bench-' MATCH (n)-[r]-() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`);
  await session.run(`MATCH (n) WHERE (n:Article OR n:Comment OR n:Entity) AND n.id STARTS WITH 'bench-' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`);
  await session.close();
  await driver.close();
}
