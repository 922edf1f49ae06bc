/**
 * The one place that turns the environment into settings. Everything that talks to Neo4j or
 * keeps state on disk asks here; nothing else reads process.env.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.js';

/** The project root: the folder that holds package.json. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LocalServerSettings {
  /** Neo4j version fetched from Maven Central. */
  version: string;
  /** Where fetched jars' classpath and the Maven descriptor live (shared by every local instance). */
  distDir: string;
  /** This instance's folder: conf, data, logs, run, password. */
  dbDir: string;
  host: string;
  boltPort: number;
  heapSize: string;
  pageCacheSize: string;
  /** The server's garbage collector: 'parallel' (throughput) or 'g1' (Neo4j's default, shorter pauses). */
  gc: GcChoice;
  /**
   * The server's JIT: 'tiered' (C1, then C2: the JVM's default) or 'c1' (the quick compiler only:
   * half the CPU for a just-started server's first thousands of articles, but ~1.8x per article on a
   * long ingest; for short-lived servers such as tests; docs/performance.md, "Cold server").
   */
  jit: JitChoice;
  /**
   * Where the server's class-data sharing archive is kept (made on this machine at the first clean
   * stop, mapped at every start after: graph/local/class-archive.ts); undefined turns it off.
   */
  classArchiveDir: string | undefined;
}

export type GcChoice = 'parallel' | 'g1';
const GC_CHOICES: readonly GcChoice[] = ['parallel', 'g1'];

export type JitChoice = 'c1' | 'tiered';
const JIT_CHOICES: readonly JitChoice[] = ['c1', 'tiered'];

/**
 * The collector for a machine with `cores` cores. On 2 cores the parallel collector left Neo4j
 * about a third less CPU per written article than G1 (its barriers, refinement and concurrent
 * marking compete with the writer for the same two cores; docs/graph.md, "Server settings"); with
 * more cores G1, Neo4j's own default, keeps its shorter pauses for the explorer's queries.
 */
export function defaultGc(cores: number): GcChoice {
  return cores <= 2 ? 'parallel' : 'g1';
}

export interface ConnectionSettings {
  /** 'local': the server newsgraph starts itself; 'external': NEO4J_URI points elsewhere. */
  mode: 'local' | 'external';
  uri: string;
  username: string;
  /** For 'external' the password from NEO4J_PASSWORD; for 'local' it is read from passwordFile. */
  password: string | undefined;
  passwordFile: string | undefined;
  database: string | undefined;
}

export interface Settings {
  home: string;
  local: LocalServerSettings;
  connection: ConnectionSettings;
}

export const DEFAULTS = {
  neo4jVersion: '5.26.30',
  host: '127.0.0.1',
  boltPort: 7687,
  heapSize: '1g',
  pageCacheSize: '512m',
  username: 'neo4j',
} as const;

type Env = Record<string, string | undefined>;

const MEMORY = /^\d+[kmg]$/i;
const VERSION = /^5\.\d+\.\d+$/;

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** One of a few words (any case), or undefined when unset; another word is a ConfigError naming the choices. */
function choiceOf<T extends string>(env: Env, name: string, choices: readonly T[], what: string): T | undefined {
  const raw = nonEmpty(env, name)?.toLowerCase();
  if (raw === undefined || choices.includes(raw as T)) return raw as T | undefined;
  throw new ConfigError(`${name}=${raw} is not ${what} newsgraph knows.`, {
    hint: `Set ${name} to ${choices.join(' or ')}, or unset it.`,
  });
}

function parsePort(raw: string, name: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`${name}=${raw} is not a TCP port.`, { hint: `Set ${name} to a whole number from 1 to 65535.` });
  }
  return port;
}

function parseMemory(raw: string, name: string): string {
  if (!MEMORY.test(raw)) {
    throw new ConfigError(`${name}=${raw} is not a memory size.`, { hint: `Set ${name} to a size such as 512m or 2g.` });
  }
  return raw.toLowerCase();
}

/** Settings of one local instance; `overrides` lets tests run a second instance beside the first. */
export function resolveLocalSettings(env: Env = process.env, overrides: Partial<LocalServerSettings> = {}): LocalServerSettings {
  const home = path.resolve(nonEmpty(env, 'NEWSGRAPH_HOME') ?? path.join(PROJECT_ROOT, '.newsgraph'));
  const version = nonEmpty(env, 'NEWSGRAPH_NEO4J_VERSION') ?? DEFAULTS.neo4jVersion;
  if (!VERSION.test(version)) {
    throw new ConfigError(`NEWSGRAPH_NEO4J_VERSION=${version} is not a Neo4j 5 version.`, {
      hint: `Use a version such as ${DEFAULTS.neo4jVersion}, or unset it.`,
    });
  }
  const portRaw = nonEmpty(env, 'NEWSGRAPH_BOLT_PORT');
  const heapRaw = nonEmpty(env, 'NEWSGRAPH_NEO4J_HEAP');
  const cacheRaw = nonEmpty(env, 'NEWSGRAPH_NEO4J_PAGECACHE');
  const dbDirRaw = nonEmpty(env, 'NEWSGRAPH_DB_DIR');
  const gc = choiceOf(env, 'NEWSGRAPH_NEO4J_GC', GC_CHOICES, 'a garbage collector');
  const jit = choiceOf(env, 'NEWSGRAPH_NEO4J_JIT', JIT_CHOICES, 'a JIT setting');
  const archive = choiceOf(env, 'NEWSGRAPH_NEO4J_CLASS_ARCHIVE', ['on', 'off'] as const, 'a class-archive setting');
  const distDir = path.join(home, `neo4j-${version}`);
  return {
    version,
    distDir,
    dbDir: dbDirRaw ? path.resolve(dbDirRaw) : path.join(home, 'db'),
    host: DEFAULTS.host,
    boltPort: portRaw ? parsePort(portRaw, 'NEWSGRAPH_BOLT_PORT') : DEFAULTS.boltPort,
    heapSize: heapRaw ? parseMemory(heapRaw, 'NEWSGRAPH_NEO4J_HEAP') : DEFAULTS.heapSize,
    pageCacheSize: cacheRaw ? parseMemory(cacheRaw, 'NEWSGRAPH_NEO4J_PAGECACHE') : DEFAULTS.pageCacheSize,
    gc: gc ?? defaultGc(os.availableParallelism()),
    jit: jit ?? 'tiered',
    classArchiveDir: archive === 'off' ? undefined : path.join(distDir, 'class-archive'),
    ...overrides,
  };
}

export function passwordFileOf(local: LocalServerSettings): string {
  return path.join(local.dbDir, 'password');
}

export function boltUriOf(local: LocalServerSettings): string {
  return `bolt://${local.host}:${local.boltPort}`;
}

/** Connection to the local instance described by `local`. */
export function localConnection(local: LocalServerSettings): ConnectionSettings {
  return {
    mode: 'local',
    uri: boltUriOf(local),
    username: DEFAULTS.username,
    password: undefined,
    passwordFile: passwordFileOf(local),
    database: undefined,
  };
}

const URI = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/;

export function resolveSettings(env: Env = process.env): Settings {
  const home = path.resolve(nonEmpty(env, 'NEWSGRAPH_HOME') ?? path.join(PROJECT_ROOT, '.newsgraph'));
  const local = resolveLocalSettings(env);
  const uri = nonEmpty(env, 'NEO4J_URI');
  if (!uri) {
    for (const name of ['NEO4J_USERNAME', 'NEO4J_PASSWORD'] as const) {
      if (nonEmpty(env, name)) {
        throw new ConfigError(`${name} is set but NEO4J_URI is not.`, {
          hint: 'Set NEO4J_URI to use an external Neo4j, or unset the other NEO4J_* variables to use the local one.',
        });
      }
    }
    return { home, local, connection: { ...localConnection(local), database: nonEmpty(env, 'NEO4J_DATABASE') } };
  }
  if (!URI.test(uri)) {
    throw new ConfigError(`NEO4J_URI=${uri} is not a Neo4j URI.`, {
      hint: 'Use bolt://host:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io.',
    });
  }
  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === '') {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not.', {
      hint: 'Set NEO4J_PASSWORD (and NEO4J_USERNAME if it is not neo4j) for the external server.',
    });
  }
  return {
    home,
    local,
    connection: {
      mode: 'external',
      uri,
      username: nonEmpty(env, 'NEO4J_USERNAME') ?? DEFAULTS.username,
      password,
      passwordFile: undefined,
      database: nonEmpty(env, 'NEO4J_DATABASE'),
    },
  };
}
