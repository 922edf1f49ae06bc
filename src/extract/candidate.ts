/**
 * A candidate mention: a span some rule, dictionary or tagger proposes, before overlaps are settled
 * and before resolution gives it an entity.
 */
import type { EntityKind } from '../types.js';
import type { Title } from './gazetteer/types.js';

/**
 * Who proposed a span; a higher tier wins an overlap. The statistical tagger sits above the weak
 * rules and IPADIC's own tags (it read more names than they encode) and below titles and
 * dictionary hits, which name entities it cannot know.
 */
export const TIER = { ipadic: 2, compromise: 2, rule: 3, tagger: 3.5, title: 4, gazetteer: 5 } as const;

export interface Candidate {
  start: number;
  end: number;
  kind: EntityKind;
  tier: number;
  /** Set when a dictionary or rule already knows the entity (country:US, org:us-military). */
  entityIds?: string[];
  /** The gazetteer entry is a bare surname (Johnson): a weaker claim than a full name. */
  surnameOnly?: boolean;
  /** A title read next to a person's name (not part of the span). */
  title?: { title: Title; start: number; end: number };
  /**
   * A rule span that stands without the statistical tagger's support (src/extract/ja/tagger-support.ts):
   * a dotted name opening with a given name IPADIC knows (ロバート・ミッチャム).
   */
  standsAlone?: boolean;
  /** For 〜政権 built on a person: resolution names it after the person's entity. */
  administrationOf?: boolean;
  /**
   * An organization made of a name and an organization word (ソフトバンク株式会社, 東芝グループ): a
   * known organization at its head (ソフトバンク) stays inside it rather than cutting it short.
   */
  namePlusSuffix?: boolean;
}

/** A title or a dictionary's entity backs the span: the filters of weak Japanese spans leave it alone. */
export const isBacked = (c: Candidate): boolean => c.tier >= TIER.title || c.entityIds !== undefined;

/**
 * Settles overlaps: higher tier first, then longer, then earlier. An organization keeps the
 * country it is built on (米 in 米軍, 英国 in 英国政府) and an administration its person (バイデン政権).
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const order = withoutRedundantTaggerSpans(candidates)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.tier - a.c.tier || b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.i - b.i);
  const accepted: Candidate[] = [];
  const clashes = (c: Candidate, a: Candidate) => {
    const nested = (nests(a, c) && c.start >= a.start && c.end <= a.end) || (nests(c, a) && a.start >= c.start && a.end <= c.end);
    return !nested || (c.start === a.start && c.end === a.end);
  };
  if (order.length <= FEW) {
    // A sentence's few candidates: every pair is cheapest.
    for (const { c } of order) if (!accepted.some((a) => c.start < a.end && a.start < c.end && clashes(c, a))) accepted.push(c);
    return accepted.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  // Many (a long text): the accepted spans covering each character, so a candidate meets only
  // those on its own characters and settling is linear in the text, not candidates × accepted.
  const covering = new Map<number, Candidate[]>();
  for (const { c } of order) {
    let ok = true;
    for (let p = c.start; ok && p < c.end; p++) {
      for (const a of covering.get(p) ?? NONE) {
        if (clashes(c, a)) {
          ok = false;
          break;
        }
      }
    }
    if (!ok) continue;
    accepted.push(c);
    for (let p = c.start; p < c.end; p++) {
      const list = covering.get(p);
      if (list) list.push(c);
      else covering.set(p, [c]);
    }
  }
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end);
}

const FEW = 256;

const NONE: Candidate[] = [];

function nests(outer: Candidate, inner: Candidate): boolean {
  // 岩手 in 岩手県, カリフォルニア in カリフォルニア州: one mention of one entity, not two.
  if (outer.entityIds && inner.entityIds && outer.entityIds[0] === inner.entityIds[0]) return false;
  const place = inner.kind === 'country' || inner.kind === 'location';
  // A place inside a longer place or organization (カブール in カブール空港, 札幌 in 札幌市役所): both stay.
  if (outer.kind === 'location') return place;
  if (outer.kind !== 'organization') return false;
  // A known organization inside a longer one the tagger found (国連 in 国連軍, NHK in NHK交響楽団):
  // on training text the tagger's longer span was right 26 times to the dictionary's 6 (docs/eval.md).
  const knownOrg = (inner.kind === 'organization' || inner.kind === 'source') && inner.entityIds !== undefined && (outer.tier === TIER.tagger || outer.namePlusSuffix === true);
  return place || knownOrg || (inner.kind === 'person' && outer.administrationOf === true && inner.start === outer.start);
}

/** The coarse type a kind belongs to: a country is a place, a source an organization. */
const broadKind = (kind: string) => (kind === 'country' ? 'location' : kind === 'source' ? 'organization' : kind);

/**
 * The tagger ranks above the weak rules for where a name starts and ends, but it knows no
 * entity: when a rule or dictionary proposes the same span as the same broad type (米 in 米側 as
 * the country United States, where the tagger says "a location"), the candidate that knows the
 * entity stands and the tagger's copy goes.
 */
function withoutRedundantTaggerSpans(candidates: Candidate[]): Candidate[] {
  const known = new Set<string>();
  for (const c of candidates) if (c.tier !== TIER.tagger) known.add(`${c.start}:${c.end}:${broadKind(c.kind)}`);
  if (known.size === 0) return candidates;
  return candidates.filter((c) => c.tier !== TIER.tagger || !known.has(`${c.start}:${c.end}:${broadKind(c.kind)}`));
}

/** The candidates that overlap none of `spans` ([start, end) pairs: links, photo credits…). */
export function withoutOverlapping(candidates: Candidate[], spans: ReadonlyArray<readonly [number, number]>): Candidate[] {
  if (spans.length === 0) return candidates;
  return candidates.filter((c) => !spans.some(([s, e]) => c.start < e && s < c.end));
}
