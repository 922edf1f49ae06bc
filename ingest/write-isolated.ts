/**
 * One article that Neo4j refuses to store must not cost the others. A batch is one transaction, so
 * a statement that fails for one article rolls back the whole batch; when the failure is one that
 * the data causes (a value too large to index, a constraint, a type Neo4j cannot store), the batch's
 * articles are written again in halves, down to single articles, and only the article that still
 * fails alone is rejected, by id, with the reason and what to fix. A failure of the server itself
 * (gone, out of time, out of memory as a whole) is not bisected: it stops the run as before
 * (ingest/write-failure.ts).
 */
import { Neo4jError } from 'neo4j-driver';
import type { RejectedInput } from './summary.js';

/** What a write of a group of articles reports (graph/writer.ts's WriteResult has this shape). */
export interface GroupWriteResult {
  written: number;
  unchanged: number;
  comments: number;
  mentions: number;
  entityIds: string[];
}

/** Codes that one article's data can cause; a smaller group without that article then succeeds. */
const ARTICLE_CAUSED: ReadonlyArray<RegExp> = [
  /^Neo\.ClientError\.Statement\./, // TypeError, ArgumentError, SemanticError: a value Neo4j cannot take
  /^Neo\.ClientError\.Schema\.ConstraintValidationFailed$/, // a key taken by another node
  /^Neo\.DatabaseError\.Statement\.ExecutionFailed$/, // "Property value is too large to index"
  /^Neo\.ClientError\.Request\.Invalid$/, // a parameter the server cannot decode
  /^Neo\.TransientError\.General\.(TransactionMemoryLimit|MemoryPoolOutOfMemoryError)$/, // one transaction too big
];

/** Statement codes that only a wrong statement gives (the writer's Cypher is parameterized): never the data's. */
const STATEMENT_BUGS = /^Neo\.ClientError\.Statement\.(SyntaxError|ParameterMissing|ParameterNotProvided)$/;

/** True when a write failure may come from one article of the group, so a smaller group is worth a try. */
export function isArticleCaused(error: unknown): boolean {
  return error instanceof Neo4jError && !STATEMENT_BUGS.test(error.code) && ARTICLE_CAUSED.some((pattern) => pattern.test(error.code));
}

/** Groups at least this large whose every article fails alone point at the server, not at the data. */
export const SYSTEMIC_GROUP = 4;

/** Ids can be kilobytes long (that may be why the write failed): the summary shows a readable prefix. */
export function displayId(id: string): string {
  return id.length <= 120 ? id : `${id.slice(0, 100)}… (${id.length} characters)`;
}

/** The reason and what to fix, from the server's answer. */
export function describeRefusal(id: string, error: unknown): Omit<RejectedInput, 'line'> {
  const code = error instanceof Neo4jError ? error.code : 'error';
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 400);
  let hint = 'Fix this article in the input and run the same command again; the other articles were written.';
  if (/too large to index/i.test(message)) {
    hint =
      'A key taken from this article (its id, or a link it cites or relates to) is too large for a Neo4j index (about 8 KB in UTF-8; each Japanese character takes 3 bytes; comment ids are shortened for you): give it shorter ids and links, then run the same command again.';
  } else if (/ConstraintValidationFailed/.test(code)) {
    hint = 'Another node already holds a key of this article (its id or a comment id): give it an id of its own, then run the same command again.';
  } else if (/TypeError|ArgumentError|Request\.Invalid/.test(code)) {
    hint = 'A field of this article holds a value Neo4j cannot store (see the reason): correct that field, then run the same command again.';
  } else if (/Memory/.test(code)) {
    hint = 'This article alone is too large for one transaction: shorten its body or comments, or raise db.memory.transaction.max, then run the same command again.';
  }
  return { input: displayId(id), reason: `Neo4j refused to write article ${displayId(id)} (${code}: ${message})`, hint };
}

export interface IsolatedWrite<T> {
  result: GroupWriteResult;
  /** Articles refused alone, with the reason and a hint. */
  rejected: Array<{ item: T; rejection: RejectedInput }>;
  /** Transactions tried (1 when the group wrote at once). */
  attempts: number;
}

function add(into: GroupWriteResult, from: GroupWriteResult): void {
  into.written += from.written;
  into.unchanged += from.unchanged;
  into.comments += from.comments;
  into.mentions += from.mentions;
  into.entityIds.push(...from.entityIds);
}

/**
 * Writes `items` with `write` (one transaction per call). On an article-caused failure the group is
 * halved and each half written again, so the result is what writing every good item gives and each
 * bad item is named. Any other failure, at any depth, is thrown as it came. The items are expected
 * to have distinct ids (the last version of an id wins before this is called).
 */
export async function writeIsolated<T>(items: readonly T[], write: (group: readonly T[]) => Promise<GroupWriteResult>, idOf: (item: T) => string): Promise<IsolatedWrite<T>> {
  const out: IsolatedWrite<T> = { result: { written: 0, unchanged: 0, comments: 0, mentions: 0, entityIds: [] }, rejected: [], attempts: 0 };
  const firstFailure: { error: unknown } = { error: undefined };

  const attempt = async (group: readonly T[]): Promise<void> => {
    if (group.length === 0) return;
    out.attempts++;
    try {
      add(out.result, await write(group));
      return;
    } catch (error) {
      if (!isArticleCaused(error)) throw error;
      firstFailure.error ??= error;
      if (group.length === 1) {
        const item = group[0]!;
        out.rejected.push({ item, rejection: { ...describeRefusal(idOf(item), error), line: null } });
        return;
      }
    }
    const half = Math.ceil(group.length / 2);
    await attempt(group.slice(0, half));
    await attempt(group.slice(half));
  };

  await attempt(items);
  // Every article of a sizeable group refused alone: the server, not the data, is the problem.
  if (items.length >= SYSTEMIC_GROUP && out.rejected.length === items.length) throw firstFailure.error;
  return out;
}
