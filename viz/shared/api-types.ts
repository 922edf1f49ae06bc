/** The JSON the explorer's API sends: one contract shared by viz/server and viz/app. */
import type { EntityKind } from '../../src/types.js';

export type { EntityKind };

/** An article as the time slider and the source filter see it. */
export interface ArticleStamp {
  id: string;
  /** YYYY-MM-DD of publishedAt, or null when the article has no date. */
  day: string | null;
  site: string | null;
}

export interface GraphNode {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  nameJa: string | null;
  mentions: number;
  /** Indices into the payload's `articles`: where the entity is mentioned (body or comments). */
  articles: number[];
  x: number;
  y: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Articles in which both are mentioned (body or comments); which ones is not sent: they are the intersection of the two entities' `articles`. */
  weight: number;
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
  articles: ArticleStamp[];
}

export interface Overview extends GraphPayload {
  /** Distinct publishers of the articles above, sorted. */
  sites: string[];
  /** When the layout was computed (ISO). */
  computedAt: string;
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
