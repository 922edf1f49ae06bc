/**
 * Faults during ingest, on a Neo4j instance of its own (never the user's or the shared test one):
 *
 *   1. a clean run: wipe, ingest the corpus, take the graph checksum (graph/checksum.ts);
 *   2. stop the Neo4j server mid-ingest, start it again, rerun: same checksum as the clean run;
 *   3. kill the ingest with -9 mid-run, rerun: same checksum;
 *   4. Neo4j unreachable at start: a clear message, a non-zero exit, and no partial state;
 *   5. two ingests at once over overlapping inputs: same checksum, no duplicate ids, constraints hold.
 *
 *   npx tsx scripts/fault-ingest.ts [--articles 600] [--port 7741] [CORPUS_DIR]
 *
 * The corpus is data/demo plus generated JSON Lines articles (enough that an ingest runs for a
 * while, so the faults land mid-run). Prints one line per scenario and exits 1 if any differs.
 * Scenarios 2–4 also run as a test, small and with one restart:
 * tests/integration/reliability/faults.test.ts (which takes generatedCorpus from here).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { graphChecksum, type GraphChecksum } from '../graph/checksum.js';
import { connect } from '../graph/driver.js';
import { wipeGraph } from '../graph/wipe.js';
import { startLocal, stopLocal } from '../graph/local/launcher.js';
import { SCHEMA_NAMES } from '../graph/schema.js';
import { localConnection, PROJECT_ROOT, resolveLocalSettings, type LocalServerSettings } from '../src/settings.js';

export interface FaultOptions {
  port: number;
  articles: number;
  corpus: string;
  log?: (line: string) => void;
}

export interface ScenarioResult {
  name: string;
  ok: boolean;
  detail: string;
  seconds: number;
  /** The graph checksum the scenario ended with, when it is compared with the clean runs. */
  hash?: string;
}

const PEOPLE = ['Joe Biden', 'Boris Johnson', 'John Kirby', 'Antony Blinken', 'Emmanuel Macron', 'Angela Merkel'];
const PLACES = ['Kabul', 'Washington', 'London', 'Tokyo', 'Paris', 'Berlin', 'Doha'];
const ORGS = ['NATO', 'the Taliban', 'the United Nations', 'the Pentagon', 'Reuters'];
const JA = ['バイデン大統領はカブールについて述べた。', 'タリバンは米国と協議した。', '英国のジョンソン首相は懸念を示した。', '国連は支援を続ける。'];

/** Deterministic articles: the same corpus every run, overlapping entities so co-occurrence adds up. */
export function generatedCorpus(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = PEOPLE[i % PEOPLE.length]!;
    const q = PEOPLE[(i * 7 + 3) % PEOPLE.length]!;
    const place = PLACES[i % PLACES.length]!;
    const org = ORGS[(i * 3) % ORGS.length]!;
    const ja = i % 4 === 0;
    lines.push(
      JSON.stringify({
        id: `fault-${i}`,
        url: `https://fault.example.org/${i}`,
        title: ja ? `記事 ${i}` : `${p} and ${org} on ${place}`,
        lang: ja ? 'ja' : 'en',
        publishedAt: `2021-08-${String((i % 28) + 1).padStart(2, '0')}T08:00:00Z`,
        site: i % 2 ? 'Fault Daily' : 'Fault Times',
        body: ja ? `${JA[i % JA.length]}${JA[(i + 1) % JA.length]}` : `${p} met ${q} in ${place}. ${org} said talks would go on. ${q} later spoke to reporters in ${PLACES[(i + 2) % PLACES.length]}.`,
        comments: [
          { id: '1', text: ja ? JA[(i + 2) % JA.length] : `${p} should listen to ${org}.`, votes: i % 5 },
          { id: '2', parentId: '1', text: ja ? JA[(i + 3) % JA.length] : `${place} is not safe.`, votes: 1 },
        ],
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function envFor(local: LocalServerSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_DB_DIR: local.dbDir, NEWSGRAPH_BOLT_PORT: String(local.boltPort) };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
  return env;
}

interface Child {
  process: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function cli(args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'), ...args], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { process: child, done };
}

async function countArticles(driver: Driver): Promise<number> {
  try {
    const { records } = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n', {}, { routing: 'READ' });
    return Number(records[0]?.get('n') ?? 0);
  } catch {
    return -1;
  }
}

/** Waits until the graph holds at least `min` articles (the ingest is mid-run), or the child ends. */
async function waitForArticles(driver: Driver, min: number, child: Child): Promise<number> {
  let ended = false;
  void child.done.then(() => (ended = true));
  for (;;) {
    const n = await countArticles(driver);
    if (n >= min || ended) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function soundness(driver: Driver): Promise<string[]> {
  const problems: string[] = [];
  const { records: dupes } = await driver.executeQuery('MATCH (n) WHERE n.id IS NOT NULL WITH labels(n) AS l, n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n', {}, { routing: 'READ' });
  if (Number(dupes[0]?.get('n')) > 0) problems.push(`${dupes[0]?.get('n')} duplicate ids`);
  const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', {}, { routing: 'READ' });
  const names = records[0]?.get('names') as string[];
  for (const c of SCHEMA_NAMES.constraints) if (!names.includes(c)) problems.push(`constraint ${c} missing`);
  return problems;
}

export async function runFaults(options: FaultOptions): Promise<{ clean: GraphChecksum; results: ScenarioResult[] }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const home = resolveLocalSettings(process.env);
  const local: LocalServerSettings = { ...home, dbDir: path.join(path.dirname(home.dbDir), `fault-${options.port}`), boltPort: options.port, heapSize: '1g', pageCacheSize: '128m' };
  const env = envFor(local);
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-faults-'));
  const generated = path.join(work, 'generated.jsonl');
  writeFileSync(generated, generatedCorpus(options.articles));
  const inputs = [options.corpus, generated];
  const ingestArgs = ['ingest', ...inputs, '--json', '--batch-size', '5'];
  const results: ScenarioResult[] = [];
  const record = (name: string, started: number, ok: boolean, detail: string, hash?: string) => {
    const r: ScenarioResult = { name, ok, detail, seconds: (performance.now() - started) / 1000, hash };
    results.push(r);
    log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail} (${r.seconds.toFixed(1)} s)`);
  };

  log(`Neo4j for faults on bolt://127.0.0.1:${local.boltPort} (${local.dbDir})`);
  await startLocal(local, (line) => log(`  [neo4j] ${line}`));
  let driver = await connect(localConnection(local));
  try {
    // 1. The clean run.
    let started = performance.now();
    await wipeGraph(driver);
    const first = await cli(ingestArgs, env).done;
    if (first.code !== 0 && first.code !== 2) throw new Error(`the clean ingest failed (exit ${first.code}): ${first.stderr}`);
    const clean = await graphChecksum(driver);
    record('clean run', started, true, `${clean.nodes} nodes, ${clean.relationships} relationships, ${clean.hash.slice(0, 12)}`);
    const total = (await countArticles(driver));

    // 2. The server stops mid-ingest, starts again; the rerun completes the graph.
    started = performance.now();
    await wipeGraph(driver);
    let run = cli(ingestArgs, env);
    const before = await waitForArticles(driver, Math.ceil(total * 0.2), run);
    await driver.close();
    await stopLocal(local, (line) => log(`  [neo4j] ${line}`));
    const interrupted = await run.done;
    await startLocal(local, (line) => log(`  [neo4j] ${line}`));
    driver = await connect(localConnection(local));
    const partial = await countArticles(driver);
    const message = interrupted.stderr.trim().split('\n').slice(-3).join(' | ');
    const rerun = await cli(ingestArgs, env).done;
    let sum = await graphChecksum(driver);
    record(
      'Neo4j stopped mid-ingest, restarted, rerun',
      started,
      interrupted.code !== 0 && partial < total && (rerun.code === 0 || rerun.code === 2),
      `stopped at ${before}/${total} articles; ingest exit ${interrupted.code} ("${message.slice(0, 160)}"); after restart ${partial}; rerun exit ${rerun.code}; {checksum:${sum.hash}}`,
      sum.hash,
    );

    // 3. The ingest is killed with -9 mid-run; the rerun completes the graph.
    started = performance.now();
    await wipeGraph(driver);
    run = cli(ingestArgs, env);
    const atKill = await waitForArticles(driver, Math.ceil(total * 0.3), run);
    run.process.kill('SIGKILL');
    const killed = await run.done;
    const left = await countArticles(driver);
    const rerun2 = await cli(ingestArgs, env).done;
    sum = await graphChecksum(driver);
    record(
      'ingest killed with -9 mid-run, rerun',
      started,
      killed.signal === 'SIGKILL' && left < total && (rerun2.code === 0 || rerun2.code === 2),
      `killed at ${atKill}/${total} articles (${left} committed); rerun exit ${rerun2.code}; {checksum:${sum.hash}}`,
      sum.hash,
    );

    // 4. Neo4j unreachable at start: clear message, non-zero exit, nothing written.
    started = performance.now();
    await wipeGraph(driver);
    const emptyBefore = await graphChecksum(driver);
    await driver.close();
    await stopLocal(local, (line) => log(`  [neo4j] ${line}`));
    const unreachable = await cli(ingestArgs, env).done;
    const external = await cli(ingestArgs, { ...env, NEO4J_URI: `bolt://127.0.0.1:${options.port + 9}`, NEO4J_PASSWORD: 'x' }).done;
    await startLocal(local, (line) => log(`  [neo4j] ${line}`));
    driver = await connect(localConnection(local));
    const emptyAfter = await graphChecksum(driver);
    const said = unreachable.stderr.trim().split('\n').slice(0, 2).join(' | ');
    const saidExternal = external.stderr.trim().split('\n').slice(0, 2).join(' | ');
    const clear = (text: string) => /not reachable|cannot connect|could not connect|not running|unavailable|refused/i.test(text) && !/\n\s+at /.test(text);
    record(
      'Neo4j unreachable at start',
      started,
      unreachable.code === 1 && external.code === 1 && clear(unreachable.stderr) && clear(external.stderr) && emptyAfter.hash === emptyBefore.hash && emptyAfter.nodes === 0,
      `local: exit ${unreachable.code} "${said.slice(0, 200)}"; NEO4J_URI to a closed port: exit ${external.code} "${saidExternal.slice(0, 200)}"; graph after: ${emptyAfter.nodes} nodes`,
    );

    // 5. Two ingests at once over overlapping inputs.
    started = performance.now();
    await wipeGraph(driver);
    const [a, b] = await Promise.all([cli(ingestArgs, env).done, cli([...ingestArgs.slice(0, 1), generated, options.corpus, ...ingestArgs.slice(3)], env).done]);
    sum = await graphChecksum(driver);
    const problems = await soundness(driver);
    record(
      'two ingests at once, overlapping inputs',
      started,
      [0, 2].includes(a.code ?? -1) && [0, 2].includes(b.code ?? -1) && problems.length === 0,
      `exits ${a.code} and ${b.code}; {checksum:${sum.hash}}; ${problems.length ? problems.join(', ') : 'no duplicate ids, constraints in place'}${a.code !== 0 && a.code !== 2 ? ` | A: ${a.stderr.slice(-300)}` : ''}${b.code !== 0 && b.code !== 2 ? ` | B: ${b.stderr.slice(-300)}` : ''}`,
      sum.hash,
    );
    // 6. A second clean run, last: others may change the extractor while this runs, so each
    // faulted graph is judged against the clean runs before and after it.
    started = performance.now();
    await wipeGraph(driver);
    const last = await cli(ingestArgs, env).done;
    const cleanAfter = await graphChecksum(driver);
    record('clean run again', started, last.code === 0 || last.code === 2, `${cleanAfter.nodes} nodes, ${cleanAfter.relationships} relationships, ${cleanAfter.hash.slice(0, 12)}${cleanAfter.hash === clean.hash ? ' (same as the first)' : ' (DIFFERS from the first: the code changed during the run)'}`);
    // A faulted graph passes when it equals a clean run made with the same code, before or after it.
    for (const r of results) {
      if (r.hash === undefined) continue;
      const same = r.hash === clean.hash || r.hash === cleanAfter.hash;
      r.ok = r.ok && same;
      r.detail = r.detail.replace(`{checksum:${r.hash}}`, same ? `checksum equal to a clean run (${r.hash.slice(0, 12)})` : `checksum DIFFERENT ${r.hash.slice(0, 12)}`);
    }
    for (const r of results) log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.detail}`);
    return { clean: cleanAfter, results };
  } finally {
    await driver.close();
    await stopLocal(local, (line) => log(`  [neo4j] ${line}`));
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { articles: { type: 'string', default: '600' }, port: { type: 'string', default: '7741' } }, allowPositionals: true });
  const corpus = positionals[0] ?? path.join(PROJECT_ROOT, 'data', 'demo');
  const { results } = await runFaults({ port: Number(values.port), articles: Number(values.articles), corpus });
  process.stdout.write('\n| scenario | result | detail | seconds |\n| --- | --- | --- | --- |\n');
  for (const r of results) process.stdout.write(`| ${r.name} | ${r.ok ? 'ok' : 'FAIL'} | ${r.detail.replaceAll('|', '/')} | ${r.seconds.toFixed(1)} |\n`);
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
