import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { describeWriteFailure } from '../../../ingest/write-failure.js';
import { ConnectionError, NewsgraphError } from '../../../src/errors.js';

describe('describeWriteFailure', () => {
  it.each([
    ['ServiceUnavailable', 12, ConnectionError, /Neo4j stopped answering during the ingest \(ServiceUnavailable\); 12 articles were written before it and are kept\./, /db start/],
    ['SessionExpired', 1, ConnectionError, /1 article was written before it and is kept/, /picks up where this one stopped/],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 0, NewsgraphError, /Neo4j refused a write during the ingest \(Neo\.ClientError\.Schema\.ConstraintValidationFailed: boom\)/, /one transaction/],
  ])('%s after %i written → %o', (code, written, type, message, hint) => {
    const described = describeWriteFailure(new Neo4jError('boom', code, '50N42', 'error: general processing exception'), written) as NewsgraphError;
    expect(described).toBeInstanceOf(type);
    expect(described.message).toMatch(message);
    expect(described.hint).toMatch(hint);
    expect(described.exitCode).toBe(1);
  });

  it('leaves errors that are not the database as they are', () => {
    const bug = new TypeError('not a database problem');
    expect(describeWriteFailure(bug, 3)).toBe(bug);
  });
});
