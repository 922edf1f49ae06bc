import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures/eval', name);

async function newsgraph(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(root, 'bin/newsgraph.js'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('newsgraph eval', () => {
  it('prints the scores as JSON: counts per type and micro-averaged', async () => {
    const { code, stdout } = await newsgraph('eval', '--gold', fixture('mini-gold.jsonl'), '--tagger-only', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ scored: 'tagger', records: 3, skippedSeenInTraining: 0, rejected: [] });
    expect(result.micro.gold).toBe(4);
    expect(result.byType.person.gold).toBe(2);
    expect(result.micro.f1).toBeGreaterThan(0.5);
  }, 60_000);

  it('prints a table by default, and --limit scores fewer records', async () => {
    const { code, stdout } = await newsgraph('eval', '--gold', fixture('mini-gold.jsonl'), '--tagger-only', '--limit', '1');
    expect(code).toBe(0);
    expect(stdout).toMatch(/the tagger alone on 1 record,/);
    expect(stdout).toMatch(/^micro\s+2\s/m);
  }, 60_000);

  it('names a rejected line with its number, scores the rest and exits 2', async () => {
    const { code, stdout, stderr } = await newsgraph('eval', '--gold', fixture('one-bad-line.jsonl'), '--tagger-only', '--json');
    expect(code).toBe(2);
    expect(JSON.parse(stdout).records).toBe(2);
    expect(stderr).toMatch(/one-bad-line\.jsonl:2: rejected: entities\[0\]: span 0–9 is outside the text/);
  }, 60_000);

  it.each([
    [['eval', '--gold', 'no/such/file.jsonl'], /Cannot read the gold file no\/such\/file\.jsonl/],
    [['eval', '--gold', 'tests/fixtures/eval/mini-gold.jsonl', '--limit', 'ten'], /--limit ten is not a positive whole number/],
  ])('refuses %j with exit code 1 and says what to fix', async (args, message) => {
    const { code, stderr } = await newsgraph(...args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  }, 60_000);
});
