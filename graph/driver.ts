/** One way to open a driver for the configured Neo4j, local or external. */
import { existsSync, readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { ConnectionError } from '../src/errors.js';
import type { ConnectionSettings } from '../src/settings.js';

function passwordOf(connection: ConnectionSettings): string {
  if (connection.password !== undefined) return connection.password;
  const file = connection.passwordFile;
  if (!file || !existsSync(file)) {
    throw new ConnectionError(`The local Neo4j has no password yet (${file ?? 'no password file'} is missing): it has never been started.`, {
      hint: 'Run "npx newsgraph db start" first, or set NEO4J_URI and NEO4J_PASSWORD for an external Neo4j.',
    });
  }
  return readFileSync(file, 'utf8').trim();
}

export function openDriver(connection: ConnectionSettings): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, passwordOf(connection)), {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    logging: { level: 'error', logger: () => {} },
  });
}

/** Opens a driver and proves the server answers, with a message that says what to check. */
export async function connect(connection: ConnectionSettings): Promise<Driver> {
  const driver = openDriver(connection);
  try {
    await driver.verifyConnectivity({ database: connection.database });
    return driver;
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message : String(error);
    const hint =
      connection.mode === 'local'
        ? 'Start the local server with "npx newsgraph db start" (see "npx newsgraph db status").'
        : 'Check NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, and that the server is up.';
    throw new ConnectionError(`Cannot reach Neo4j at ${connection.uri}: ${reason}`, { hint, cause: error });
  }
}
