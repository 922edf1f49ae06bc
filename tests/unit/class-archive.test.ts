import { describe, expect, it } from 'vitest';
import { archiveFileName, archiveJvmArgs, type ArchivePlan } from '../../graph/local/class-archive.js';
import { resolveLocalSettings } from '../../src/settings.js';

const JDK17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK 64-Bit Server VM (build 17.0.15+6, mixed mode, sharing)';
const JDK21 = 'openjdk version "21.0.4" 2024-07-16\nOpenJDK 64-Bit Server VM (build 21.0.4+7, mixed mode, sharing)';
const CP = '/m2/neo4j-5.26.30.jar:/m2/scala-library-2.13.jar';

describe('archiveFileName', () => {
  it.each([
    ['another JDK', JDK21, CP],
    ['another classpath (another Neo4j version)', JDK17, '/m2/neo4j-5.26.31.jar:/m2/scala-library-2.13.jar'],
  ])('gives %s its own archive', (_what, javaText, classpath) => {
    expect(archiveFileName(javaText, classpath)).not.toBe(archiveFileName(JDK17, CP));
  });

  it.each([
    ['the same inputs', JDK17],
    ['trailing whitespace of the version text', `${JDK17}\n\n`],
  ])('keeps the name for %s', (_what, javaText) => {
    expect(archiveFileName(javaText, CP)).toBe(archiveFileName(JDK17, CP));
  });

  it('is a plain .jsa file name', () => {
    expect(archiveFileName(JDK17, CP)).toMatch(/^neo4j-classes-[0-9a-f]{16}\.jsa$/);
  });
});

describe('archiveJvmArgs', () => {
  it.each<[ArchivePlan, string[]]>([
    [{ mode: 'off' }, []],
    [{ mode: 'use', file: '/a/x.jsa' }, ['-XX:SharedArchiveFile=/a/x.jsa']],
    [{ mode: 'create', pending: '/a/x.jsa.1.pending', target: '/a/x.jsa' }, ['-XX:ArchiveClassesAtExit=/a/x.jsa.1.pending']],
  ])('%o → %o', (plan, args) => {
    expect(archiveJvmArgs(plan)).toEqual(args);
  });
});

describe('NEWSGRAPH_NEO4J_CLASS_ARCHIVE', () => {
  it.each([
    [undefined, '/srv/ng/neo4j-5.26.30/class-archive'],
    ['on', '/srv/ng/neo4j-5.26.30/class-archive'],
    ['OFF', undefined],
    ['off', undefined],
  ])('%s → archive folder %s', (value, dir) => {
    expect(resolveLocalSettings({ NEWSGRAPH_HOME: '/srv/ng', NEWSGRAPH_NEO4J_CLASS_ARCHIVE: value }).classArchiveDir).toBe(dir);
  });

  it('refuses another value, naming the variable', () => {
    expect(() => resolveLocalSettings({ NEWSGRAPH_NEO4J_CLASS_ARCHIVE: 'yes' })).toThrow(/NEWSGRAPH_NEO4J_CLASS_ARCHIVE=yes/);
  });
});

describe('NEWSGRAPH_NEO4J_JIT', () => {
  it.each([
    ['c1', 'c1'],
    [' Tiered ', 'tiered'],
  ])('%s → %s', (value, jit) => {
    expect(resolveLocalSettings({ NEWSGRAPH_NEO4J_JIT: value }).jit).toBe(jit);
  });

  it('defaults to the JVM\'s tiered compilation', () => {
    expect(resolveLocalSettings({}).jit).toBe('tiered');
  });

  it('refuses another value, naming the variable', () => {
    expect(() => resolveLocalSettings({ NEWSGRAPH_NEO4J_JIT: 'graal' })).toThrow(/NEWSGRAPH_NEO4J_JIT=graal/);
  });
});
