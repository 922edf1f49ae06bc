/** The app's only way to the data: the explorer's JSON API (never Neo4j). */
import type { ActivityPayload, ApiError, EntityDetails, GraphPayload, Overview, QueryResult, SearchHit, TimelineDay } from '../shared/api-types.js';

export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly hint: string | null,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = (body ?? {}) as Partial<ApiError>;
    throw new ApiRequestError(error.error ?? `The server answered ${response.status}.`, response.status, error.hint ?? null);
  }
  return body as T;
}

export const api = {
  overview: (limit = 300) => request<Overview>(`api/overview?limit=${limit}`),
  entity: (id: string) => request<EntityDetails>(`api/entity/${encodeURIComponent(id)}`),
  neighbours: (id: string, limit = 50) => request<GraphPayload>(`api/neighbours/${encodeURIComponent(id)}?limit=${limit}`),
  activity: (ids: readonly string[]) =>
    request<ActivityPayload>(`api/activity?${ids.slice(0, 500).map((id) => `id=${encodeURIComponent(id)}`).join('&')}`),
  search: (q: string) => request<{ q: string; hits: SearchHit[] }>(`api/search?q=${encodeURIComponent(q)}`).then((r) => r.hits),
  timeline: () => request<{ days: TimelineDay[] }>('api/timeline').then((r) => r.days),
  query: (cypher: string) =>
    request<QueryResult>('api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cypher }) }),
};
