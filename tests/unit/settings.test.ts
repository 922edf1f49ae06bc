import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { DEFAULTS, defaultGc, PROJECT_ROOT, resolveLocalSettings, resolveSettings } from '../../src/settings.js';

describe('resolveSettings', () => {
  it('uses the local server with no NEO4J_* set', () => {
    const settings = resolveSettings({});
    expect(settings.connection).toMatchObject({
      mode: 'local',
      uri: `bolt://127.0.0.1:${DEFAULTS.boltPort}`,
      username: 'neo4j',
      password: undefined,
      passwordFile: path.join(PROJECT_ROOT, '.newsgraph', 'db', 'password'),
    });
    expect(settings.local.host).toBe('127.0.0.1');
    expect(settings.local.distDir).toBe(path.join(PROJECT_ROOT, '.newsgraph', `neo4j-${DEFAULTS.neo4jVersion}`));
  });

  it('points everything at an external server when NEO4J_URI is set', () => {
    const settings = resolveSettings({
      NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io',
      NEO4J_USERNAME: 'analyst',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'news',
    });
    expect(settings.connection).toEqual({
      mode: 'external',
      uri: 'neo4j+s://abcd.databases.neo4j.io',
      username: 'analyst',
      password: 'pw',
      passwordFile: undefined,
      database: 'news',
    });
  });

  it('reads the local instance settings from NEWSGRAPH_*', () => {
    const settings = resolveSettings({
      NEWSGRAPH_HOME: '/tmp/ng-home',
      NEWSGRAPH_BOLT_PORT: '7999',
      NEWSGRAPH_NEO4J_HEAP: '2G',
      NEWSGRAPH_NEO4J_PAGECACHE: '256m',
    });
    expect(settings.local).toMatchObject({
      dbDir: '/tmp/ng-home/db',
      boltPort: 7999,
      heapSize: '2g',
      pageCacheSize: '256m',
    });
    expect(settings.connection.uri).toBe('bolt://127.0.0.1:7999');
  });

  it.each([
    [{ NEWSGRAPH_NEO4J_GC: 'parallel' }, 'parallel'],
    [{ NEWSGRAPH_NEO4J_GC: 'G1' }, 'g1'],
    [{ NEWSGRAPH_NEO4J_GC: ' g1 ' }, 'g1'],
  ])('reads the collector from %o as %s', (env, gc) => {
    expect(resolveLocalSettings(env).gc).toBe(gc);
  });

  it.each([
    [1, 'parallel'],
    [2, 'parallel'],
    [3, 'g1'],
    [16, 'g1'],
  ])('picks the collector for %i cores: %s', (cores, gc) => {
    expect(defaultGc(cores)).toBe(gc);
  });

  it.each([
    [{ NEWSGRAPH_NEO4J_GC: 'zgc' }, /NEWSGRAPH_NEO4J_GC=zgc is not a garbage collector/],
    [{ NEWSGRAPH_BOLT_PORT: 'seven' }, /NEWSGRAPH_BOLT_PORT=seven is not a TCP port/],
    [{ NEWSGRAPH_BOLT_PORT: '70000' }, /not a TCP port/],
    [{ NEWSGRAPH_NEO4J_HEAP: 'lots' }, /NEWSGRAPH_NEO4J_HEAP=lots is not a memory size/],
    [{ NEWSGRAPH_NEO4J_VERSION: '4.4.1' }, /not a Neo4j 5 version/],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /not a Neo4j URI/],
    [{ NEO4J_URI: 'bolt://db:7687' }, /NEO4J_PASSWORD is not/],
    [{ NEO4J_PASSWORD: 'x' }, /NEO4J_URI is not/],
  ])('rejects %o with a ConfigError that says what to fix', (env, message) => {
    let caught: unknown;
    try {
      resolveSettings(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).message).toMatch(message);
    expect((caught as ConfigError).hint).toMatch(/Set|Use/);
  });
});
