/** Java and Maven, checked before anything is fetched or started, with what to install. */
import { spawnSync } from 'node:child_process';
import { PrerequisiteError } from '../../src/errors.js';

/** Java's major version from `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? `${env.JAVA_HOME}/bin/java` : 'java';
}

export function checkJava(env: NodeJS.ProcessEnv = process.env): { command: string; major: number; versionText: string } {
  const command = javaCommand(env);
  const run = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new PrerequisiteError(`Java was not found (tried "${command}"). The local Neo4j needs Java 17 or 21.`, {
      hint: 'Install it (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless; macOS: brew install openjdk@17) or set JAVA_HOME, or point NEO4J_URI at an existing Neo4j.',
    });
  }
  const versionText = `${run.stderr}${run.stdout}`;
  const major = parseJavaMajor(versionText);
  if (major === undefined || major < 17) {
    throw new PrerequisiteError(`Java ${major ?? '(unknown version)'} is too old for Neo4j 5: it needs Java 17 or 21.`, {
      hint: 'Install Java 17 and put it first on PATH, or set JAVA_HOME to it.',
    });
  }
  return { command, major, versionText };
}

export function checkMaven(): string {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new PrerequisiteError('Maven (mvn) was not found. newsgraph fetches Neo4j from Maven Central with it on first use.', {
      hint: 'Install it (Debian/Ubuntu: sudo apt-get install maven; macOS: brew install maven), or point NEO4J_URI at an existing Neo4j.',
    });
  }
  return 'mvn';
}
