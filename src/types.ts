/**
 * The domain, as ARCHITECTURE.md describes it. Readers produce Articles, extraction produces
 * Mentions resolved to Entities, the graph writer stores both. Unknown values are null, never invented.
 */

export type Lang = 'ja' | 'en';

export interface SourceRef {
  /** How the page labels it: 参考, 出典, Source, or null for a plain outbound link. */
  label: string | null;
  title: string | null;
  url: string | null;
  /**
   * For an image credit (出典:Department of Defense 赤ちゃんを抱きかかえる米軍兵士): the image's caption,
   * kept apart from the credited source in `title`. Absent or null for other sources.
   */
  caption?: string | null;
}

export interface RelatedRef {
  title: string | null;
  url: string | null;
}

export interface Comment {
  id: string;
  /** The comment this one replies to; null for a top-level comment. */
  parentId: string | null;
  /** 0 for top level, 1 for a reply, and so on. */
  depth: number;
  author: string | null;
  /** ISO 8601 (date or date-time), or null. */
  postedAt: string | null;
  votes: number | null;
  text: string;
  lang: Lang | null;
}

export interface Article {
  /** Stable: the id the input gives, else the canonical URL, else a content hash. */
  id: string;
  url: string | null;
  title: string | null;
  lang: Lang | null;
  publishedAt: string | null;
  category: string | null;
  site: string | null;
  /** The byline, when the input names one (HTML meta / JSON-LD, JSON `author`, feed items). */
  author?: string | null;
  /** The article's own text only: no menus, related lists or comments. */
  body: string;
  sources: SourceRef[];
  related: RelatedRef[];
  comments: Comment[];
}

export type EntityKind = 'person' | 'country' | 'location' | 'organization' | 'source';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'country', 'location', 'organization', 'source'];

export interface Entity {
  /** Canonical id, e.g. country:US, person:joe-biden, org:nato. */
  id: string;
  kind: EntityKind;
  /** The display name: English when known, else Japanese. */
  name: string;
  nameEn: string | null;
  nameJa: string | null;
  /** Every surface form seen or known, in every script (米国, 米, アメリカ, U.S., United States). */
  aliases: string[];
}

export interface Mention {
  /** JavaScript string indices into the text the mention was found in. */
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  entity: Entity;
}

/** A person holding a title at a country or organization, read from the words around a name. */
export interface Role {
  personId: string;
  /** English title (prime minister, press secretary), or null when only the Japanese is known. */
  title: string | null;
  titleJa: string | null;
  /** The country or organization; null when the text does not say. */
  ofId: string | null;
  /** Where it was read: JavaScript string indices in the same text as the mentions. */
  start: number;
  end: number;
}

/** What extraction finds in one text (an article body or a comment). */
export interface TextExtraction {
  mentions: Mention[];
  roles: Role[];
}

/**
 * What extraction finds in one article: its body and each comment, resolved together so that a
 * later partial name joins the full one, and every entity appears once in `entities`.
 */
export interface ArticleExtraction {
  articleId: string;
  body: TextExtraction;
  /** Keyed by comment id. */
  comments: Record<string, TextExtraction>;
  entities: Entity[];
}
