/**
 * A database failure in the middle of an ingest becomes one clear error instead of a driver stack
 * trace: what is kept, and that rerunning the same command finishes the job.
 */
import { Neo4jError } from 'neo4j-driver';
import { ConnectionError, NewsgraphError } from '../src/errors.js';

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function describeWriteFailure(error: unknown, written: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const kept = `${written} article${written === 1 ? ' was' : 's were'} written before it and ${written === 1 ? 'is' : 'are'} kept`;
  const rerun = 'run the same command again: articles already in the graph unchanged are skipped, so it picks up where this one stopped.';
  if (UNREACHABLE.has(error.code)) {
    return new ConnectionError(`Neo4j stopped answering during the ingest (${error.code}); ${kept}.`, {
      hint: `Bring the server back (npx newsgraph db status / db start, or check NEO4J_URI), then ${rerun}`,
      cause: error,
    });
  }
  return new NewsgraphError(`Neo4j refused a write during the ingest (${error.code}: ${error.message}); ${kept}.`, {
    hint: `Each batch is one transaction, so nothing half-written stays behind. Fix the cause named above, then ${rerun}`,
    cause: error,
  });
}
