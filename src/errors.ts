/**
 * Typed errors. Every error names what it is about (a file, a setting, a port) and says what to
 * do about it, so the CLI can print `message` and `hint` and exit with the right code.
 */

/** Exit codes of the CLI contract (ARCHITECTURE.md). */
export const EXIT = { ok: 0, usage: 1, rejected: 2 } as const;

export class NewsgraphError extends Error {
  /** What the user should do next; printed under the message. */
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(message: string, options: { hint?: string; cause?: unknown; exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT.usage;
  }
}

/** A setting (environment variable or option) has a value we cannot use. */
export class ConfigError extends NewsgraphError {}

/** Something the local Neo4j needs is missing on this machine (Java, Maven). */
export class PrerequisiteError extends NewsgraphError {}

/** Fetching Neo4j from Maven Central failed. */
export class FetchError extends NewsgraphError {}

/** The Bolt port for the local server is held by another program. */
export class PortInUseError extends NewsgraphError {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`Port ${port} on ${host} is already in use by another program, so the local Neo4j cannot listen there.`, {
      hint: `Stop the program that holds it (see: ss -ltnp 'sport = :${port}'), or choose another port with NEWSGRAPH_BOLT_PORT=<port>.`,
    });
  }
}

/** The local Neo4j did not come up, or did not stop. */
export class ServerError extends NewsgraphError {}

/** The configured Neo4j could not be reached or refused our credentials. */
export class ConnectionError extends NewsgraphError {}

/** `ingest --bulk` cannot load here (not the managed local Neo4j, a graph that holds data, a dry run); the hint says what to run instead. */
export class BulkLoadRefusedError extends NewsgraphError {}
