import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { describeRefusal, displayId, isArticleCaused, writeIsolated, type GroupWriteResult } from '../../../ingest/write-isolated.js';

const neo4jError = (code: string, message = `failed: ${code}`) => new Neo4jError(message, code, '50N42', 'error');

describe('isArticleCaused: which write failures are worth a smaller group', () => {
  const table: Array<[string, unknown, boolean]> = [
    ['index key too large', neo4jError('Neo.DatabaseError.Statement.ExecutionFailed', 'Property value is too large to index'), true],
    ['constraint clash', neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed'), true],
    ['a value of the wrong type', neo4jError('Neo.ClientError.Statement.TypeError'), true],
    ['a bad argument', neo4jError('Neo.ClientError.Statement.ArgumentError'), true],
    ['a parameter the server cannot decode', neo4jError('Neo.ClientError.Request.Invalid'), true],
    ['one transaction over the memory limit', neo4jError('Neo.TransientError.General.TransactionMemoryLimit'), true],
    ['a null key (MERGE on null)', neo4jError('Neo.ClientError.Statement.SemanticError', 'Cannot merge the following node because of null property value'), true],
    ['a syntax error: the writer\'s bug, not the data\'s', neo4jError('Neo.ClientError.Statement.SyntaxError'), false],
    ['a parameter missing: the writer\'s bug', neo4jError('Neo.ClientError.Statement.ParameterMissing'), false],
    ['server unreachable', neo4jError('ServiceUnavailable'), false],
    ['session expired', neo4jError('SessionExpired'), false],
    ['deadlock (the driver already retried)', neo4jError('Neo.TransientError.Transaction.DeadlockDetected'), false],
    ['database unavailable', neo4jError('Neo.TransientError.General.DatabaseUnavailable'), false],
    ['wrong password', neo4jError('Neo.ClientError.Security.Unauthorized'), false],
    ['transaction timed out', neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), false],
    ['an unknown database error', neo4jError('Neo.DatabaseError.General.UnknownError'), false],
    ['not a Neo4j error', new Error('socket hang up'), false],
    ['a string', 'boom', false],
  ];
  it.each(table)('%s → %s', (_name, error, expected) => {
    expect(isArticleCaused(error)).toBe(expected);
  });
});

describe('describeRefusal', () => {
  const table: Array<[string, string, string, RegExp]> = [
    ['Neo.DatabaseError.Statement.ExecutionFailed', 'Property value is too large to index, please see index documentation', 'a1', /shorter ids/],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'Node(1) already exists with label `Comment`', 'a2', /id of its own/],
    ['Neo.ClientError.Statement.TypeError', 'Property values can only be of primitive types', 'a3', /correct that field/],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'over the limit', 'a4', /too large for one transaction/],
    ['Neo.ClientError.Statement.SemanticError', 'something else', 'a5', /Fix this article/],
  ];
  it.each(table)('%s names the article and says what to fix', (code, message, id, hint) => {
    const refusal = describeRefusal(id, neo4jError(code, message));
    expect(refusal.input).toBe(id);
    expect(refusal.reason).toContain(`article ${id}`);
    expect(refusal.reason).toContain(code);
    expect(refusal.reason).toContain(message);
    expect(refusal.hint).toMatch(hint);
  });

  it('shortens ids of kilobytes for display', () => {
    const long = '記'.repeat(3000);
    expect(displayId(long)).toBe(`${'記'.repeat(100)}… (3000 characters)`);
    expect(displayId('short-id')).toBe('short-id');
  });
});

/** A writer over plain strings: items listed in `bad` make any group holding them fail with `code`. */
function writer(bad: ReadonlySet<string>, code = 'Neo.DatabaseError.Statement.ExecutionFailed') {
  const groups: string[][] = [];
  const stored: string[] = [];
  const write = async (group: readonly string[]): Promise<GroupWriteResult> => {
    groups.push([...group]);
    if (group.some((id) => bad.has(id))) throw neo4jError(code, 'Property value is too large to index');
    stored.push(...group);
    return { written: group.length, unchanged: 0, comments: group.length * 2, mentions: 1, entityIds: group.map((id) => `e-${id}`) };
  };
  return { write, groups, stored };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

describe('writeIsolated: bisects to the refused articles, writes every other one', () => {
  const table: Array<[string, string[], string[], number]> = [
    // name, items, bad ones, transactions tried
    ['no bad article: one transaction', ids(8), [], 1],
    ['one bad in 8', ids(8), ['a5'], 7],
    ['first of 8', ids(8), ['a0'], 7],
    ['two bad in 8, in different halves', ids(8), ['a1', 'a6'], 11],
    ['two bad side by side', ids(8), ['a2', 'a3'], 7],
    ['one bad in 100', ids(100), ['a37'], 13],
    ['a single bad article', ['a0'], ['a0'], 1],
    ['three of three bad (too small to call it systemic)', ids(3), ['a0', 'a1', 'a2'], 5],
    ['odd size 5, last bad', ids(5), ['a4'], 5],
  ];
  it.each(table)('%s', async (_name, items, bad, attempts) => {
    const w = writer(new Set(bad));
    const out = await writeIsolated(items, w.write, (id) => id);
    expect(out.rejected.map((r) => r.item).sort()).toEqual([...bad].sort());
    expect(w.stored.sort()).toEqual(items.filter((id) => !bad.includes(id)).sort());
    expect(out.result.written).toBe(items.length - bad.length);
    expect(out.result.comments).toBe(2 * (items.length - bad.length));
    expect(out.result.entityIds.sort()).toEqual(items.filter((id) => !bad.includes(id)).map((id) => `e-${id}`).sort());
    expect(out.attempts).toBe(attempts);
    expect(w.groups.length).toBe(attempts);
    for (const r of out.rejected) {
      expect(r.rejection.input).toBe(r.item);
      expect(r.rejection.reason).toMatch(/too large to index/);
      expect(r.rejection.line).toBeNull();
    }
  });

  it('stops at once on a failure that is not the data\'s (server gone): no bisecting', async () => {
    const w = writer(new Set(ids(8)), 'ServiceUnavailable');
    await expect(writeIsolated(ids(8), w.write, (id) => id)).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    expect(w.groups.length).toBe(1);
  });

  it('stops when the server goes away in the middle of a bisection', async () => {
    let calls = 0;
    const write = async (group: readonly string[]): Promise<GroupWriteResult> => {
      calls++;
      if (calls === 1) throw neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed');
      throw neo4jError('SessionExpired');
    };
    await expect(writeIsolated(ids(4), write, (id) => id)).rejects.toMatchObject({ code: 'SessionExpired' });
    expect(calls).toBe(2);
  });

  it('gives up when every article of a sizeable group fails alone: that is the server, not the data', async () => {
    const w = writer(new Set(ids(4)));
    await expect(writeIsolated(ids(4), w.write, (id) => id)).rejects.toMatchObject({ code: 'Neo.DatabaseError.Statement.ExecutionFailed' });
  });
});
