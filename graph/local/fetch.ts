/**
 * Fetches Neo4j Community from Maven Central with Maven. The jars stay in Maven's own cache
 * (~/.m2); we keep only the resolved classpath, so a second instance or a re-fetch costs nothing.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FetchError } from '../../src/errors.js';
import type { LocalServerSettings } from '../../src/settings.js';
import { checkJava, checkMaven } from './prerequisites.js';

/** The server's own entry point, shipped in org.neo4j:neo4j. */
export const NEO4J_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
/** neo4j-admin, used once to set the generated password before the first start. */
export const NEO4J_ADMIN_CLASS = 'org.neo4j.cli.AdminTool';

export function renderPom(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by newsgraph: the artifacts that make up a Neo4j Community server. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.newsgraph</groupId>
  <artifactId>neo4j-server-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${version}</version></dependency>
    <dependency><groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
}

function classpathFile(local: LocalServerSettings): string {
  return path.join(local.distDir, 'classpath.txt');
}

/** The resolved classpath, or undefined when Neo4j has not been fetched (or Maven's cache lost a jar). */
export async function readClasspath(local: LocalServerSettings): Promise<string | undefined> {
  const file = classpathFile(local);
  if (!existsSync(file)) return undefined;
  const classpath = (await readFile(file, 'utf8')).trim();
  const jars = classpath.split(path.delimiter).filter(Boolean);
  if (jars.length === 0 || !jars.every((jar) => existsSync(jar))) return undefined;
  return classpath;
}

export interface FetchResult {
  classpath: string;
  fetched: boolean;
  seconds: number;
}

/** Resolves the server's jars (downloading what Maven does not have yet). Idempotent. */
export async function fetchNeo4j(local: LocalServerSettings, log: (line: string) => void = () => {}): Promise<FetchResult> {
  const started = performance.now();
  const existing = await readClasspath(local);
  if (existing) return { classpath: existing, fetched: false, seconds: 0 };

  checkJava();
  const mvn = checkMaven();
  await mkdir(local.distDir, { recursive: true });
  await writeFile(path.join(local.distDir, 'pom.xml'), renderPom(local.version));
  const logFile = path.join(local.distDir, 'fetch.log');
  log(`Fetching Neo4j Community ${local.version} from Maven Central (first use only; about 145 MB)…`);

  const status = await new Promise<number>((resolve, reject) => {
    const out = createWriteStream(logFile);
    const child = spawn(
      mvn,
      ['-B', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile(local)}`, '-Dmdep.includeScope=runtime'],
      { cwd: local.distDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on('error', reject);
    child.on('close', (code) => out.end(() => resolve(code ?? 1)));
  });
  const classpath = status === 0 ? await readClasspath(local) : undefined;
  if (!classpath) {
    const tail = existsSync(logFile) ? (await readFile(logFile, 'utf8')).split('\n').filter((l) => l.includes('ERROR')).slice(0, 5).join('\n') : '';
    throw new FetchError(`Fetching Neo4j ${local.version} from Maven Central failed (Maven exited with ${status}).${tail ? `\n${tail}` : ''}`, {
      hint: `Check that this machine reaches Maven Central (or the mirror in ~/.m2/settings.xml), then run "npx newsgraph db fetch" again. Full log: ${logFile}`,
    });
  }
  return { classpath, fetched: true, seconds: (performance.now() - started) / 1000 };
}
