/**
 * English candidates from one compromise parse: gazetteer hits, then compromise's person, place
 * and organization tags chunked in one pass over the terms, with titles taken off names
 * (President, Secretary of State, Rear Adm.) and headlines trusted only for dictionary names.
 */
import nlp from 'compromise';
import type { Candidate } from '../candidate.js';
import { TIER } from '../candidate.js';
import type { Gazetteer } from '../gazetteer/build.js';
import type { GazetteerMatch, Title } from '../gazetteer/types.js';
import type { EntityKind } from '../../types.js';
import { isUpper } from '../text/scripts.js';

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, for title look-ups. */
  lower: string;
  tags: Set<string>;
  /** Punctuation after it (a comma or period) ends a name. */
  breakAfter: boolean;
  sentenceStart: boolean;
}

/** Last words that make a capitalized run an organization (Killing Joke stays unknown, Acme Corp does not). */
const ORG_HEADS = new Set(
  'inc inc. corp corp. corporation company co. ltd ltd. llc group bank university college institute foundation association council committee commission agency ministry department party army navy corps force forces league club academy school society federation authority office bureau court parliament assembly congress senate police church records band orchestra fc afc division brigade regiment battalion squadron fleet airlines airways motors industries systems technologies labs studios press times post journal herald tribune gazette network channel radio hospital museum library ministry trust fund institute'.split(' '),
);
/** Last words that make a capitalized run a place, whatever its first word (Ford County, Sandy Hook Bay). */
const PLACE_HEADS = new Set(
  'county province state island islands river lake mountain mountains valley bay sea ocean peninsula district region city town village street avenue road square bridge canal strait desert forest coast'.split(' '),
);
/** First words that make a run a club: FC Basel, AC Milan. */
const CLUB_PREFIXES = new Set(['FC', 'AC', 'SC', 'AFC', 'CF', 'SV', 'VfB', 'VfL']);
const CONNECTORS = new Set(['of', 'de', 'for', 'and', '&']);
/** Particles inside personal names: Dorothea von Schlegel, Vincent van Gogh, Osama bin Laden. */
const NAME_PARTICLES = new Set(['von', 'van', 'de', 'da', 'del', 'della', 'der', 'den', 'bin', 'ibn', 'al', 'le', 'la', 'du', 'dos', 'di']);

/**
 * A common noun right before a capitalized run says what the run names, when no list knows it:
 * "the band Killing Joke", "singer Gwen Stefani", "the label Virgin Records".
 */
const CUES = new Map<string, EntityKind>([
  ...'band bands group club team company firm label newspaper magazine network channel station airline carrier manufacturer brand party publisher studio franchise'
    .split(' ')
    .map((w): [string, EntityKind] => [w, 'organization']),
  ...'singer guitarist drummer bassist vocalist keyboardist rapper actor actress comedian producer coach striker midfielder defender goalkeeper pitcher quarterback author writer novelist poet painter composer journalist businessman politician wife husband son daughter brother sister'
    .split(' ')
    .map((w): [string, EntityKind] => [w, 'person']),
]);
/** Small words inside a cued name when a capital follows (Thirty Seconds to Mars, House of Pain). */
const CUED_INNER = new Set(['of', 'to', 'the', 'and', 'de', '&']);

function cuedNames(words: Word[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 1 < to; i++) {
    const cue = words[i]!;
    const kind = CUES.get(cue.text);
    if (kind === undefined || cue.breakAfter || !capitalized(words[i + 1]!)) continue;
    let j = i + 1;
    while (j < to && !words[j - 1]!.breakAfter) {
      const n = words[j]!;
      if (capitalized(n)) j++;
      else if (j > i + 1 && CUED_INNER.has(n.text) && j + 1 < to && capitalized(words[j + 1]!) && !n.breakAfter) j += 2;
      else break;
    }
    // A person's name is rarely longer than four words: a longer run after a person cue is something else.
    if (kind === 'person' && j - (i + 1) > 4) continue;
    out.push({ start: words[i + 1]!.start, end: words[j - 1]!.end, kind, tier: TIER.rule });
    i = j - 1;
  }
  return out;
}

/**
 * "Hollywood, California", "Debden, England": a capitalized run right before a comma and a place
 * (from the gazetteers or compromise) is a place in it, whatever compromise made of it. Not before a possessive
 * ("Johnson, Britain's prime minister") and not a multi-word run compromise reads as a person.
 */
function placesBeforeKnownPlaces(text: string, offset: number, words: Word[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const wordStartingAt = new Map<number, number>();
  words.forEach((w, i) => wordStartingAt.set(w.start, i));
  for (const c of found) {
    if (c.kind !== 'country' && c.kind !== 'location') continue;
    const k = wordStartingAt.get(c.start);
    if (k === undefined || k === 0) continue;
    const after = text.slice(c.end - offset, c.end - offset + 3);
    if (/^\s*['’]s?\b/.test(after)) continue;
    // The comma is glued to the word (Debden, England) or a term of its own (Debden , England).
    const l = words[k - 1]!.text === ',' ? k - 2 : k - 1;
    if (l < 0) continue;
    const last = words[l]!;
    if (!/^\s*,\s*$/.test(text.slice(last.end - offset, c.start - offset))) continue;
    let first = l;
    while (first > 0 && l - first < 2 && !words[first - 1]!.breakAfter && capitalized(words[first - 1]!) && !words[first - 1]!.sentenceStart) first--;
    if (!/^[A-Z][a-z]/.test(words[first]!.text)) continue;
    if (first < l && words[first]!.tags.has('Person')) continue;
    out.push({ start: words[first]!.start, end: last.end, kind: 'location', tier: TIER.rule });
  }
  return out;
}

function kindOf(tags: Set<string>): EntityKind | 'proper' | null {
  if (tags.has('Organization') || tags.has('SportsTeam')) return 'organization';
  if (tags.has('Person') && !tags.has('Honorific')) return 'person';
  if (tags.has('Place') || tags.has('Country') || tags.has('City') || tags.has('Region')) return 'location';
  if (tags.has('ProperNoun') || tags.has('Acronym')) return 'proper';
  return null;
}

function wordsOf(text: string, offset: number): { words: Word[]; sentences: Array<[number, number]> } {
  const doc = nlp(text) as unknown as { document: Term[][] };
  const words: Word[] = [];
  const sentences: Array<[number, number]> = [];
  let cursor = 0;
  for (const sentence of doc.document) {
    const first = words.length;
    for (let i = 0; i < sentence.length; i++) {
      const t = sentence[i]!;
      if (t.text.length === 0) continue;
      const at = text.indexOf(t.text, cursor);
      if (at < 0) continue;
      cursor = at + t.text.length;
      words.push({
        start: offset + at,
        end: offset + cursor,
        text: t.text,
        lower: t.text.toLowerCase().replace(/’/g, "'").replace(/\./g, ''),
        tags: t.tags,
        // A period after an abbreviation or an initial (Adm., H.) does not end a name.
        breakAfter:
          /[,;:!?()"“”]/.test(t.post) ||
          (t.post.includes('.') && !t.tags.has('Abbreviation') && !/^[A-Z]$/.test(t.text)) ||
          /[("“”]/.test(sentence[i + 1]?.pre ?? ''),
        sentenceStart: i === 0,
      });
    }
    sentences.push([first, words.length]);
  }
  return { words, sentences };
}

/** A title of up to four words starting at word i (Secretary of State, Rear Adm.). */
function titleAt(words: Word[], i: number, end: number, gazetteer: Gazetteer): { title: Title; next: number } | null {
  // Most words start no title: one set look-up settles them.
  if (!gazetteer.titleFirstWordsEn.has(words[i]!.lower)) return null;
  let key = '';
  let found: { title: Title; next: number } | null = null;
  for (let j = i; j < Math.min(end, i + 4); j++) {
    key = key ? `${key} ${words[j]!.lower}` : words[j]!.lower;
    const title = gazetteer.titlesEn.get(key);
    if (title) found = { title, next: j + 1 };
    if (words[j]!.breakAfter && !words[j]!.text.endsWith('.') && j > i) break;
  }
  return found;
}

const capitalized = (w: Word): boolean => isUpper(w.text.charCodeAt(0));

/**
 * A sentence written as a headline (ALL CAPS, or Title Case with capitalized verbs and
 * prepositions) says nothing by its capitals: only dictionary names count there.
 */
const FUNCTION_TAGS = ['Verb', 'Adjective', 'Preposition', 'Conjunction', 'Determiner', 'Adverb'];
function isHeadline(words: Word[], from: number, to: number): boolean {
  let letters = 0;
  let allCaps = 0;
  let capitalFunctionWords = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!/[A-Za-z]/.test(w.text)) continue;
    letters++;
    if (w.text.length > 1 && w.text === w.text.toUpperCase()) allCaps++;
    if (i > from && capitalized(w) && FUNCTION_TAGS.some((t) => w.tags.has(t)) && !w.tags.has('ProperNoun')) capitalFunctionWords++;
  }
  return letters >= 2 && (allCaps / letters >= 0.6 || capitalFunctionWords >= 2);
}

/** A line in Title Case that does not end like a sentence (a headline, a link title). */
function titleCaseLine(line: string): boolean {
  if (/[.!?"”]\s*$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^[A-Za-z][a-z]{3,}/.test(w) || /^[A-Z]{4,}/.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => isUpper(w.charCodeAt(0))).length / words.length >= 0.6;
}

export interface EnglishOptions {
  /** A Latin run inside Japanese text: only sentence-like runs go through compromise. */
  embedded?: boolean;
}

export function englishCandidates(
  text: string,
  offset: number,
  gazetteer: Gazetteer,
  gazetteerMatches: GazetteerMatch[],
  options: EnglishOptions = {},
): Candidate[] {
  const out: Candidate[] = [];
  if (!options.embedded) {
    for (const m of gazetteerMatches) {
      const kind = gazetteer.entity(m.entry.entityIds[0]!)!.kind;
      out.push({ start: m.start, end: m.end, kind, tier: TIER.gazetteer, entityIds: m.entry.entityIds, surnameOnly: m.entry.surnameOnly });
    }
  }
  if (options.embedded && (text.split(' ').length < 3 || !/ [a-z]/.test(text))) return out;

  const { words, sentences } = wordsOf(text, offset);
  // Names of two or more words; a country or place inside one (New Jersey, Michael Jordan) is not itself named.
  const longNames: Array<[number, number]> = [];
  for (const [from, to] of sentences) {
    if (from === to) continue;
    const at = words[from]!.start - offset;
    const line = text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
    if (isHeadline(words, from, to) || titleCaseLine(line)) continue;
    let i = from;
    while (i < to) {
      // A title, then a capitalized name: a person whatever compromise thought of the name.
      const title = titleAt(words, i, to, gazetteer);
      if (title && title.next < to && capitalized(words[title.next]!) && !words[title.next - 1]!.breakAfter) {
        let j = title.next;
        while (j < to && capitalized(words[j]!) && kindOf(words[j]!.tags) !== null) {
          j++;
          if (words[j - 1]!.breakAfter && !/^[A-Z]\.$/.test(words[j - 1]!.text)) break;
        }
        if (j > title.next) {
          const start = words[title.next]!.start;
          const end = words[j - 1]!.end;
          out.push({ start, end, kind: 'person', tier: TIER.title, title: { title: title.title, start: words[i]!.start, end: words[title.next - 1]!.end } });
          longNames.push([start, end]);
          i = j;
          continue;
        }
      }
      const w = words[i]!;
      const k = kindOf(w.tags);
      if (k === null || !capitalized(w)) {
        i++;
        continue;
      }
      // Chunk: consecutive tagged, capitalized words; "of"/"and" inside an organization name.
      let j = i + 1;
      const kinds = new Set<string>([k]);
      while (j < to && !words[j - 1]!.breakAfter && !titleAt(words, j, to, gazetteer)) {
        const n = words[j]!;
        const nk = kindOf(n.tags);
        if (nk !== null && capitalized(n)) {
          kinds.add(nk);
          j++;
        } else if (CONNECTORS.has(n.text) && j + 1 < to && capitalized(words[j + 1]!) && kindOf(words[j + 1]!.tags) !== null && (kinds.has('organization') || kinds.has('proper'))) {
          j++;
        } else if (n.text === '&' && j + 1 < to && capitalized(words[j + 1]!)) {
          // Johnson & Johnson, Procter & Gamble: a firm, whoever the names were.
          kinds.add('organization');
          j++;
        } else if (NAME_PARTICLES.has(n.text) && kinds.has('person') && j + 1 < to && capitalized(words[j + 1]!) && kindOf(words[j + 1]!.tags) !== null) {
          j++;
        } else break;
      }
      const last = words[j - 1]!;
      const startWord = w.sentenceStart && k === 'proper' && j === i + 1 ? null : w;
      let kind: EntityKind | null = null;
      const acronym = j === i + 1 && k === 'proper' && w.text.length >= 2 && /^[A-Z][A-Z0-9&]+$/.test(w.text);
      // A place then a name that is no place (Perth Glory, Montreal HC, Connecticut Lottery) is a club or company.
      const placeThenName = k === 'location' && j > i + 1 && kindOf(last.tags) === 'proper';
      const lastLower = last.text.toLowerCase();
      if (j > i + 1 && PLACE_HEADS.has(lastLower) && !CLUB_PREFIXES.has(w.text)) kind = 'location';
      else if (kinds.has('organization') || ORG_HEADS.has(lastLower) || acronym || placeThenName || (j > i + 1 && CLUB_PREFIXES.has(w.text))) kind = 'organization';
      else if (kinds.has('person') && !kinds.has('location')) kind = 'person';
      else if (kinds.has('location') && !kinds.has('person')) kind = 'location';
      else if (kinds.has('person')) kind = 'person';
      if (startWord && kind) {
        out.push({ start: w.start, end: last.end, kind, tier: TIER.compromise });
        if (j - i > 1) longNames.push([w.start, last.end]);
      }
      i = j;
    }
  }
  for (const [from, to] of sentences) {
    if (from === to || isHeadline(words, from, to)) continue;
    out.push(...cuedNames(words, from, to));
  }
  out.push(...placesBeforeKnownPlaces(text, offset, words, out));
  if (longNames.length === 0) return out;
  return out.filter(
    (c) =>
      !(
        c.tier === TIER.gazetteer &&
        (c.kind === 'country' || c.kind === 'location' || c.surnameOnly === true) &&
        longNames.some(([s, e]) => c.start >= s && c.end <= e && e - s > c.end - c.start)
      ),
  );
}
