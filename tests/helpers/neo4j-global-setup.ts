/**
 * Starts the test Neo4j when it is not running (and stops it afterwards if it started it), then
 * hands its connection to the tests. A server that was already up is left up, for quick reruns.
 */
import type { TestProject } from 'vitest/node';
import { startLocal, stopLocal } from '../../graph/local/launcher.js';
import { localConnection, type ConnectionSettings } from '../../src/settings.js';
import { testServerSettings } from './test-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ConnectionSettings;
  }
}

export default async function setup(project: TestProject) {
  const local = testServerSettings();
  const { alreadyRunning } = await startLocal(local, (line) => process.stderr.write(`[test neo4j] ${line}\n`));
  project.provide('neo4j', localConnection(local));
  return async () => {
    if (!alreadyRunning && !process.env.NEWSGRAPH_KEEP_TEST_DB) await stopLocal(local);
  };
}
