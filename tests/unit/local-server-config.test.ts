import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from '../../graph/local/conf.js';
import { renderPom } from '../../graph/local/fetch.js';
import { jvmArgs } from '../../graph/local/launcher.js';
import { parseJavaMajor } from '../../graph/local/prerequisites.js';
import { resolveLocalSettings } from '../../src/settings.js';

const local = resolveLocalSettings({ NEWSGRAPH_HOME: '/srv/ng', NEWSGRAPH_BOLT_PORT: '7777' });

function confMap(text: string): Map<string, string> {
  const entries = text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('=', 2) as [string, string]);
  return new Map(entries);
}

describe('renderNeo4jConf', () => {
  const conf = confMap(renderNeo4jConf(local));

  it.each([
    ['server.default_listen_address', '127.0.0.1'],
    ['server.bolt.listen_address', '127.0.0.1:7777'],
    ['server.http.enabled', 'false'],
    ['server.https.enabled', 'false'],
    ['dbms.security.auth_enabled', 'true'],
    ['server.directories.data', '/srv/ng/db/data'],
    ['server.directories.logs', '/srv/ng/db/logs'],
    ['server.memory.heap.max_size', '1g'],
    ['server.memory.pagecache.size', '512m'],
  ])('sets %s=%s', (key, value) => {
    expect(conf.get(key)).toBe(value);
  });
});

describe('jvmArgs', () => {
  it.each([
    [{ heapSize: '2g', gc: 'parallel' as const }, ['-Xms2g', '-Xmx2g', '-XX:+UseParallelGC'], '-XX:+UseG1GC'],
    [{ heapSize: '1g', gc: 'g1' as const }, ['-Xms1g', '-Xmx1g', '-XX:+UseG1GC'], '-XX:+UseParallelGC'],
  ])('starts the JVM with %o: heap fixed at its size, that collector only', (overrides, present, absent) => {
    const args = jvmArgs({ ...local, ...overrides });
    for (const flag of present) expect(args).toContain(flag);
    expect(args).not.toContain(absent);
  });

  it.each([
    ['c1' as const, true],
    ['tiered' as const, false],
  ])('with jit %s, stops compiling at C1: %s', (jit, c1Only) => {
    expect(jvmArgs({ ...local, jit }).includes('-XX:TieredStopAtLevel=1')).toBe(c1Only);
  });
});

describe('renderPom', () => {
  it('asks Maven for the server entry point and the Bolt server of the chosen version', () => {
    const pom = renderPom('5.26.30');
    expect(pom).toContain('<artifactId>neo4j</artifactId><version>5.26.30</version>');
    expect(pom).toContain('<groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId><version>5.26.30</version>');
  });
});

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no java here', undefined],
  ])('reads %s as %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});
