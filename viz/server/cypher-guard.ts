/**
 * What the console refuses before asking Neo4j: reading files and calling procedures that reach
 * outside the graph, which EXPLAIN would still call "read". Pure; read-only.ts does the rest.
 */

export type Refusal = { reason: 'reads-files' | 'procedure' | 'writes' | 'schema' | 'admin' | 'explain' | 'empty' | 'too-long'; message: string; hint: string };

export const MAX_QUERY_LENGTH = 10_000;

/** Comments and string literals say nothing about what a query does; backticks must not hide names. */
export function normalizeCypher(cypher: string): string {
  let out = '';
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i]!;
    const next = cypher[i + 1];
    if (c === '/' && next === '/') {
      while (i < cypher.length && cypher[i] !== '\n') i++;
      out += ' ';
    } else if (c === '/' && next === '*') {
      const close = cypher.indexOf('*/', i + 2);
      i = close === -1 ? cypher.length : close + 2;
      out += ' ';
    } else if (c === "'" || c === '"') {
      i++;
      while (i < cypher.length && cypher[i] !== c) i += cypher[i] === '\\' ? 2 : 1;
      i++;
      out += "''";
    } else if (c === '`') {
      // A quoted name is copied as it is: a quote or comment mark inside it must not open a string
      // or comment here that hides what follows from the rules (`'` LOAD CSV … would).
      i++;
      while (i < cypher.length) {
        if (cypher[i] === '`' && cypher[i + 1] === '`') {
          out += '`';
          i += 2;
        } else if (cypher[i] === '`') {
          i++;
          break;
        } else {
          out += cypher[i];
          i++;
        }
      }
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

const RULES: Array<{ pattern: RegExp; refusal: Refusal }> = [
  {
    pattern: /^(EXPLAIN|PROFILE)\b/i,
    refusal: {
      reason: 'explain',
      message: 'Refused: EXPLAIN and PROFILE are added by the console itself (PROFILE would run the query before it is checked).',
      hint: 'Send the query without EXPLAIN or PROFILE.',
    },
  },
  {
    pattern: /\bLOAD\s+CSV\b/i,
    refusal: {
      reason: 'reads-files',
      message: 'Refused: LOAD CSV reads files or URLs, and the console only reads the graph.',
      hint: 'Query the nodes and relationships already in the graph; ingest new data with "npx newsgraph ingest".',
    },
  },
  {
    pattern: /\bdbms\s*\./i,
    refusal: {
      reason: 'procedure',
      message: 'Refused: dbms.* procedures act on the server, not on the graph.',
      hint: 'The console runs MATCH … RETURN queries; use cypher-shell for server administration.',
    },
  },
  {
    pattern: /\bapoc\s*\.\s*(load|import|export|cypher|periodic|systemdb|trigger|log|util)\b/i,
    refusal: {
      reason: 'procedure',
      message: 'Refused: this APOC procedure reads or writes files, or runs other Cypher, which the console does not allow.',
      hint: 'Use plain MATCH … RETURN queries in the console.',
    },
  },
  {
    // EXPLAIN calls these "r", yet they change server state: statistics collection, index sampling, plan caches.
    pattern: /\bdb\s*\.\s*(stats\s*\.|resample\w*|prepareForReplanning|clearQueryCaches)/i,
    refusal: {
      reason: 'procedure',
      message: 'Refused: this db.* procedure changes server state (statistics, index sampling or plan caches), which the console does not allow.',
      hint: 'Use plain MATCH … RETURN queries in the console.',
    },
  },
  {
    pattern: /^(USE\b|SHOW\s+(SETTINGS?|TRANSACTIONS?|USERS?|ROLES?|PRIVILEGES|DATABASES?|SERVERS?|ALIASES|CURRENT\s+USER)\b|(CREATE|DROP|ALTER|GRANT|REVOKE|DENY|START|STOP|RENAME)\s+(OR\s+REPLACE\s+)?(USER|ROLE|DATABASE|ALIAS|SERVER|COMPOSITE)\b|TERMINATE\b)/i,
    refusal: {
      reason: 'admin',
      message: 'Refused: administration commands (users, roles, databases) are not run from the console.',
      hint: 'Use cypher-shell against the system database for administration.',
    },
  },
];

/** A refusal when the query must not run whatever EXPLAIN says; null when EXPLAIN may decide. */
export function staticRefusal(cypher: string): Refusal | null {
  if (cypher.length > MAX_QUERY_LENGTH) {
    return { reason: 'too-long', message: `Refused: the query is ${cypher.length} characters long; the limit is ${MAX_QUERY_LENGTH}.`, hint: 'Shorten the query.' };
  }
  const text = normalizeCypher(cypher);
  if (text === '' || text === ';') {
    return { reason: 'empty', message: 'Refused: the query is empty.', hint: 'Type a query such as MATCH (e:Entity) RETURN e LIMIT 25.' };
  }
  for (const rule of RULES) if (rule.pattern.test(text)) return rule.refusal;
  return null;
}

/** What EXPLAIN's query type means for the console: null when it may run ('r'). */
export function queryTypeRefusal(queryType: string | undefined): Refusal | null {
  switch (queryType) {
    case 'r':
      return null;
    case 'w':
    case 'rw':
      return {
        reason: 'writes',
        message: `Refused: this query writes to the graph (query type "${queryType}"); the console is read-only.`,
        hint: 'Remove CREATE, MERGE, SET, DELETE and REMOVE; change data through "npx newsgraph ingest" instead.',
      };
    case 's':
      return {
        reason: 'schema',
        message: 'Refused: this query changes the schema (indexes or constraints); the console is read-only.',
        hint: 'The schema is created by the graph writer; the console only reads.',
      };
    default:
      return {
        reason: 'admin',
        message: `Refused: Neo4j could not say that this query only reads (query type "${queryType ?? 'unknown'}").`,
        hint: 'Use a MATCH … RETURN query.',
      };
  }
}
