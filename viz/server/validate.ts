/** Request inputs checked before they reach Cypher: each failure names the input and what to send. */
import { NewsgraphError } from '../../src/errors.js';

/** A request the API cannot serve as sent; becomes a 4xx with `message` and `hint`. */
export class BadRequestError extends NewsgraphError {
  constructor(
    message: string,
    hint: string,
    readonly status: 400 | 404 | 413 = 400,
  ) {
    super(message, { hint });
  }
}

const CONTROL = /[\u0000-\u001f\u007f]/;

export const LIMITS = { idLength: 200, queryLength: 100, overviewMax: 2_000, neighboursMax: 500, searchMax: 50, activityIds: 500 } as const;

export function entityIdParam(raw: string | undefined): string {
  if (raw === undefined || raw === '') throw new BadRequestError('The entity id is missing.', 'Use /api/entity/<id>, e.g. /api/entity/person:joe-biden.');
  if (raw.length > LIMITS.idLength) throw new BadRequestError(`The entity id is ${raw.length} characters long; at most ${LIMITS.idLength} are allowed.`, 'Send an id such as person:joe-biden.');
  if (CONTROL.test(raw)) throw new BadRequestError('The entity id contains control characters.', 'Send an id such as person:joe-biden.');
  return raw;
}

/** GET /api/activity's repeated `id` parameter: each checked as a path id, duplicates dropped. */
export function idListParam(raw: readonly string[] | undefined): string[] {
  const ids = [...new Set((raw ?? []).filter((id) => id !== ''))];
  if (ids.length === 0) throw new BadRequestError('No entity "id" was given.', 'Send ?id=person:joe-biden&id=country:US.');
  if (ids.length > LIMITS.activityIds) throw new BadRequestError(`${ids.length} entity ids were given; at most ${LIMITS.activityIds} are allowed.`, 'Ask for fewer entities at a time.');
  return ids.map(entityIdParam);
}

export function searchParam(raw: string | undefined): string {
  const q = (raw ?? '').normalize('NFKC').trim();
  if (q === '') throw new BadRequestError('The search text "q" is missing or blank.', 'Use /api/search?q=バイデン or ?q=Biden.');
  if (q.length > LIMITS.queryLength) throw new BadRequestError(`The search text is ${q.length} characters long; at most ${LIMITS.queryLength} are allowed.`, 'Search for a name or an alias.');
  if (CONTROL.test(q)) throw new BadRequestError('The search text contains control characters.', 'Search for a name or an alias.');
  return q;
}

/** An optional whole-number query parameter within [1, max]. */
export function limitParam(raw: string | undefined, name: string, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new BadRequestError(`"${name}" is ${JSON.stringify(raw)}; it must be a whole number from 1 to ${max}.`, `Send ${name}=${fallback}, or leave it out.`);
  }
  return value;
}

export interface QueryBody {
  cypher: string;
  params: Record<string, unknown>;
}

/** POST /api/query's body: {"cypher": string, "params"?: object}. */
export function queryBody(body: unknown): QueryBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestError('The request body must be a JSON object.', 'Send {"cypher": "MATCH (e:Entity) RETURN e LIMIT 10"}.');
  }
  const { cypher, params } = body as { cypher?: unknown; params?: unknown };
  if (typeof cypher !== 'string') throw new BadRequestError('"cypher" must be a string.', 'Send {"cypher": "MATCH (e:Entity) RETURN e LIMIT 10"}.');
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new BadRequestError('"params" must be an object of query parameters.', 'Send {"cypher": "… $name …", "params": {"name": "Biden"}}, or leave params out.');
  }
  return { cypher, params: (params as Record<string, unknown> | undefined) ?? {} };
}
