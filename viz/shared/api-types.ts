/** The JSON the explorer's API sends: one contract shared by viz/server and viz/app. */
import type { EntityKind } from '../../src/types.js';

export type { EntityKind };

/**
 * Articles the time slider and the source filter treat alike: one publication day, one publisher.
 * An entity's activity counts articles per bucket, so what the API sends grows with the days and
 * publishers, not with the articles.
 */
export interface ArticleBucket {
  /** YYYY-MM-DD of publishedAt, or null when the articles have no date. */
  day: string | null;
  site: string | null;
}

/** One entity as the server assembles it (the payload sends these as columns: columns.ts). */
export interface GraphNode {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  nameJa: string | null;
  /** Texts (article bodies and comments) that mention it. */
  mentions: number;
  /**
   * Where it is mentioned: [bucket, articles, bucket, articles, …], buckets ascending (indices into
   * the payload's `buckets`), articles = how many of that bucket's articles mention it in the body
   * or the comments. null when not sent (a neighbourhood: GET /api/activity has it).
   */
  activity: number[] | null;
  x: number;
  y: number;
}

/** A co-occurrence link: articles in which both are mentioned (body or comments); which ones is not sent. */
export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
}

/** Entities and links as columns: entry i of every node array is entity i; links name entities by row. */
export interface GraphPayload {
  nodes: {
    id: string[];
    kind: EntityKind[];
    name: string[];
    nameEn: Array<string | null>;
    nameJa: Array<string | null>;
    mentions: number[];
    x: number[];
    y: number[];
    activity: Array<number[] | null>;
  };
  edges: { source: number[]; target: number[]; weight: number[] };
  buckets: ArticleBucket[];
}

export interface Overview extends GraphPayload {
  /** Distinct publishers of the articles above, sorted. */
  sites: string[];
  /** When the layout was computed (ISO). */
  computedAt: string;
}

/** GET /api/activity: the activity of each asked entity that exists, over its own buckets. */
export interface ActivityPayload {
  ids: string[];
  activity: number[][];
  buckets: ArticleBucket[];
}

export interface Role {
  title: string | null;
  titleJa: string | null;
  ofId: string | null;
  ofName: string | null;
  ofNameJa: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** One sentence cut around one or more mention spans; highlights are offsets into `text`. */
export interface SentenceHit {
  where: 'article' | 'comment';
  /** Article id or comment id. */
  sourceId: string;
  articleId: string | null;
  articleTitle: string | null;
  /** Only http(s) URLs survive; anything else is null. */
  articleUrl: string | null;
  day: string | null;
  author: string | null;
  text: string;
  highlights: Array<[number, number]>;
}

export interface EntityDetails {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  nameJa: string | null;
  aliases: string[];
  roles: Role[];
  mentions: number;
  /** Mentions per article day, ascending. */
  timeline: Array<{ day: string; mentions: number }>;
  sentences: SentenceHit[];
  /** True when there were more sentences than the API sends. */
  truncated: boolean;
}

export interface SearchHit {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  nameJa: string | null;
  /** The name or alias that matched exactly, when one did. */
  matched: string | null;
  score: number;
}

export interface TimelineDay {
  day: string;
  articles: number;
}

/** A Cypher result: every column's value made plain JSON; nodes and relationships tagged. */
export type QueryValue =
  | null
  | boolean
  | number
  | string
  | QueryValue[]
  | { [key: string]: QueryValue }
  | QueryNode
  | QueryRelationship;

export interface QueryNode {
  $type: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, QueryValue>;
}

export interface QueryRelationship {
  $type: 'relationship';
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, QueryValue>;
}

export interface QueryResult {
  columns: string[];
  rows: QueryValue[][];
  /** True when the result had more rows than the API sends. */
  truncated: boolean;
  queryType: string;
}

export interface ApiError {
  error: string;
  hint?: string;
}
