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
import { definedNames } from './definitions.js';
import { militaryUnits } from './units.js';
import { partyAdjectives } from './parties.js';
import { teamNicknames } from './teams.js';
import { parseEnglish } from './parse.js';

/** A candidate with the rule that proposed it (read by error analysis; overlap settling ignores it). */
export type EnglishCandidate = Candidate & { rule?: string };

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, for title look-ups. */
  lower: string;
  tags: Set<string>;
  /** Punctuation after it (a comma or period) ends a name. */
  breakAfter: boolean;
  sentenceStart: boolean;
  /** A period right after it (Dr., Gen.). */
  dotted: boolean;
}

/** Last words that make a capitalized run an organization (Killing Joke stays unknown, Acme Corp does not). */
const ORG_HEADS = new Set(
  'inc inc. corp corp. corporation company co. ltd ltd. llc group government embassy consulate bank university college institute foundation association council committee commission agency ministry department party army navy corps force forces league club academy school society federation authority office bureau court parliament assembly congress senate police church records band orchestra fc afc division brigade regiment battalion squadron fleet airlines airways motors industries systems technologies labs studios press network channel radio hospital museum library ministry trust fund institute recordings publishing publishers media broadcasting entertainment productions pictures holdings enterprises program programme project initiative laboratory observatory municipality'.split(' '),
);
/** Last words of newspapers' names (the Orlando Sentinel, the Daily Courier): a source. */
const SOURCE_HEADS = new Set('times post journal herald tribune gazette sentinel chronicle observer courier inquirer examiner dispatch statesman mirror telegraph guardian'.split(' '));
/** Last words that make a capitalized run a place, whatever its first word (Ford County, Sandy Hook Bay). */
const PLACE_HEADS = new Set(
  'county province state island islands river lake mountain mountains valley bay sea ocean peninsula district region city town village street avenue road square bridge canal strait desert forest coast republic kingdom duchy empire isle port diocese riding emirate principality reservoir dock docks pond brook creek harbor harbour pier wharf dam canyon glacier gym gymnasium playfield rink stadium'.split(' '),
);
/** States and provinces whose names are also first names (Virginia, Georgia, Victoria…): a place after "Town, ". */
const STATES = new Set('Virginia Georgia Carolina Louisiana Florida Indiana Maryland Victoria Alberta Tasmania Nevada Montana Washington Dakota Jersey Columbia Maine Alabama Arizona California'.split(' '));
/** First words that make a run a club: FC Basel, AC Milan. */
const CLUB_PREFIXES = new Set(['FC', 'AC', 'SC', 'AFC', 'CF', 'SV', 'VfB', 'VfL']);
const CONNECTORS = new Set(['of', 'de', 'for']);
/** Heads that take "for" inside the name: the Center for Disease Control, the Institute for Fiscal Studies. */
const FOR_HEADS = new Set('center centre institute committee commission council foundation fund society association agency office campaign alliance coalition'.split(' '));
/** Plural heads of places, not of teams: the Cayman Islands, Niagara Falls, Golan Heights. */
const PLACE_PLURALS = new Set('islands isles mountains falls heights hills springs lakes states keys rapids woods highlands lowlands plains territories emirates provinces alps rockies'.split(' '));
/** Abbreviations of common nouns, not names (a CD, the MVP, 9 PM), and Roman numerals (by pattern). */
const COMMON_ACRONYMS = new Set('CD CDS DVD EP LP TV HD PC PM AM MPP MLA MEP MSP MVP SUV KO TKO ERA RBI GDP CEO CFO CTO ID DNA RNA BMX SWAT OK OST POS LLC DJ MC PHD MP3 USB FAQ HIV AIDS SMS GPS IT PR VIP UFO ATM IQ HTML XML CSS URL HTTP API PDF RSS GMT GNP LSD POV ROV'.split(' '));
/**
 * Heads that take an "of" complement inside the name (University of Texas, Republic of China,
 * Hall of Fame): the run goes on over "of" (and "of the") whatever compromise made of the head.
 */
const OF_HEADS = new Set(
  'university college institute institution academy school department ministry government parliament embassy consulate police party bank society association federation union league council court church order house hall museum army navy republic kingdom duchy empire city county province state states island isle port diocese riding commonwealth organization organisation board bureau office commission committee assembly municipality'.split(' '),
);
/** Heads of names that are neither people, places nor organizations (the Battle of X, the Nobel Prize). */
const OTHER_HEADS = new Set('battle siege war wars treaty act acts trophy prize award awards festival campaign law laws cup championship championships olympics paralympics games'.split(' '));
/**
 * Nationality and language adjectives name no entity (American, Japanese, English); compromise's
 * lexicon knows the demonyms, the languages and faiths are ours.
 */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const DEMONYMS = new Set([
  ...Object.entries(LEXICON)
    .filter(([, tag]) => String(tag).startsWith('Demonym'))
    .map(([word]) => word),
  ...'english spanish latin welsh irish scottish polish danish turkish finnish swedish flemish cornish kurdish hindi urdu arabic hebrew sanskrit persian catholic protestant muslim christian jewish buddhist hindu sikh islamic'.split(' '),
  // Peoples and faiths whose plural names a group, not an organization (the Kurds, the Sunnis).
  ...'jew kurd arab serb croat pashtun uighur uyghur sunni shiite shia druze hutu tutsi bedouin sikh mormon catholic'.split(' '),
]);
const isDemonym = (w: Word): boolean => DEMONYMS.has(w.text.toLowerCase());
/**
 * Prepositions of place: an unknown capitalized run right after one is a place ("in Ramla",
 * "near Gainsborough", "from Brixton"), unless its words are a date, a language or a demonym.
 */
const PLACE_PREPOSITIONS = new Set('in near at from around between towards toward outside across via through into within throughout'.split(' '));
/** Nouns whose "of" names a place: north of X, the outskirts of X, the mayor of X. */
const PLACE_NOUNS = new Set('north south east west northeast northwest southeast southwest outskirts suburbs suburb city town village region province county district capital centre center heart coast port mayor governor residents people streets'.split(' '));
const NOT_PLACE_TAGS = ['Date', 'Month', 'WeekDay', 'Currency', 'Honorific', 'Pronoun', 'Value', 'Verb', 'Adjective'];
/** Particles inside personal names: Dorothea von Schlegel, Vincent van Gogh, Osama bin Laden. */
const NAME_PARTICLES = new Set(['von', 'van', 'de', 'da', 'del', 'della', 'der', 'den', 'bin', 'ibn', 'al', 'le', 'la', 'du', 'dos', 'di', 'y']);

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
/**
 * A verb and preposition that take a team, a club or a label: "played for the Patriots", "signed
 * with Coburg", "traded to the Athletics", "drafted by the Jets". What follows is an organization
 * even when compromise read it as a town (played for Lausanne), never when it read a person.
 */
const ORG_VERBS = new Map<string, Set<string>>([
  ...'play plays played playing pitched pitches pitching starred debuted'.split(' ').map((v): [string, Set<string>] => [v, new Set(['for', 'with'])]),
  // "26 games for Lausanne", "a season with Coburg".
  ...'games matches appearances goals seasons season caps'.split(' ').map((v): [string, Set<string>] => [v, new Set(['for', 'with'])]),
  ...'sign signs signed signing re-signed'.split(' ').map((v): [string, Set<string>] => [v, new Set(['with', 'for', 'to', 'by'])]),
  ...'traded loaned'.split(' ').map((v): [string, Set<string>] => [v, new Set(['to', 'by'])]),
  ...'drafted acquired'.split(' ').map((v): [string, Set<string>] => [v, new Set(['by'])]),
]);

/** Verbs whose object is a team or a club: "coached North Melbourne", "joined Coburg". */
const TEAM_VERBS = new Set('coached coaches captained captains joined joins rejoined'.split(' '));

function afterOrgVerb(words: Word[], from: number, i: number): boolean {
  let k = i - 1;
  if (k > from && words[k]!.lower === 'the') k--;
  if (k >= from && TEAM_VERBS.has(words[k]!.lower) && !words[k]!.breakAfter) return true;
  if (k <= from) return false;
  const prep = words[k]!;
  const verb = words[k - 1]!;
  return !verb.breakAfter && !prep.breakAfter && ORG_VERBS.get(verb.lower)?.has(prep.lower) === true;
}

/** What follows a person's name and hardly any other: "X, who", "X (born 1963)", "X was born", "X died", "X, 45,". */
const PERSON_AFTER = /^\s*(,\s*who\b|\(\s*born\b|\(\s*(c\.\s*)?\d{4}\s*[-–]|(was|is) born\b|died\b|,\s*\d{1,2}\s*,)/;
const PERSONAL_PRONOUNS = new Set(['his', 'her', 'himself', 'herself']);

/**
 * An untyped name that acts like a person: the words after it (PERSON_AFTER), a verb followed
 * by "his" or "her" (Dewa Budjana started his career), or a middle initial (Delwyn J. Langejans).
 */
function actsAsPerson(text: string, offset: number, words: Word[], i: number, j: number, to: number): boolean {
  // An initial with a name on either side; the chunk may start at it when compromise left the first name untagged.
  const before = i > 0 && !words[i - 1]!.breakAfter && capitalized(words[i - 1]!);
  for (let k = i; k < j - 1; k++) if (/^[A-Z]$/.test(words[k]!.text) && (k > i || before)) return true;
  const last = words[j - 1]!;
  if (PERSON_AFTER.test(text.slice(last.end - offset, last.end - offset + 24))) return true;
  const verb = words[j];
  if (j >= to || last.breakAfter || !verb!.tags.has('Verb') || verb!.tags.has('Copula')) return false;
  for (let k = j + 1; k < Math.min(to, j + 4); k++) {
    if (PERSONAL_PRONOUNS.has(words[k]!.lower)) return true;
    if (words[k - 1]!.breakAfter) break;
  }
  return false;
}

/** What follows an organization's name and hardly a person's or a place's: "X was founded", "X's shareholders". */
const ORG_AFTER =
  /^\s*(,\s*)?((was|were|is|are|has been|had been) (founded|established|incorporated|headquartered|disbanded|dissolved|reformed|renamed|merged|acquired|listed)\b|(['’]s?\s*|['’]\s*)(shares|stock|shareholders|headquarters|subsidiary|subsidiaries|lineup|line-up|debut album|chief executive|CEO|board of directors)\b)/;
/** What follows a name within 40 characters says it is an organization (ORG_AFTER). */
const actsAsOrgAfter = (text: string, offset: number, w: Word): boolean => ORG_AFTER.test(text.slice(w.end - offset, w.end - offset + 40));

/** A town's name before these is its team's: "North Melbourne player", "Liverpool striker", "Boston fans". */
const TEAM_MEMBERS = new Set('player players coach captain striker midfielder defender goalkeeper pitcher quarterback squad teammate teammates fans supporters'.split(' '));

/** Head words that, alone, refer back to a longer name (the Institute, the Company). */
const BARE_HEADS = new Set('institute institution association laboratory lab government department company group band club society foundation school college university office agency ministry party corporation firm court council church academy committee commission board'.split(' '));

/** Words that name a storm with the name after them (Hurricane Sandy, Typhoon Haiyan). */
const STORM_WORDS = new Set('hurricane cyclone typhoon storm'.split(' '));

/** Words for works: a title after them is no organization (the film The Birds, the album The Wall). */
const WORK_CUES = new Set('film movie album song single book novel series show play game opera poem painting episode story track record ep documentary musical'.split(' '));

/** Venues run as businesses: a name ending in one is an organization (Carnegie Hall, the Peninsula Hotel), unless a person's. */
const VENUE_HEADS = new Set('hotel casino mall theatre theater auditorium cinema nightclub hall'.split(' '));

/** Small words inside a cued name when a capital follows (Thirty Seconds to Mars, House of Pain). */
const CUED_INNER = new Set(['of', 'to', 'the', 'and', 'de', '&']);

/** Initials written together (O.J., J.K.), and abbreviations written the same way that are no one's initials. */
const JOINED_INITIALS = /^(?:[A-Z]\.){2,3}$/;
const NOT_INITIALS = new Set('U.S. U.K. U.N. E.U. D.C. A.D. B.C. P.M. A.M. U.S.A. N.Y. L.A. U.A.E. S.A. N.V. P.E. R.I.P. N.B.'.split(' '));

/**
 * Joined initials, then a capitalized word that heads no other kind of name, are a person:
 * "acquitted O.J. Simpson", where compromise leaves O.J. an acronym and Simpson untyped. Initials
 * another rule or the gazetteer already read (the U.S. Senate) are left alone.
 */
function initialsThenSurname(text: string, offset: number, words: Word[], from: number, to: number, found: readonly Candidate[]): EnglishCandidate[] {
  const out: EnglishCandidate[] = [];
  for (let i = from; i + 1 < to; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (!JOINED_INITIALS.test(w.text) || NOT_INITIALS.has(w.text) || w.breakAfter || !capitalized(next) || !/^[A-Z][a-z]/.test(next.text)) continue;
    const nk = kindOf(next.tags);
    if ((nk !== 'proper' && nk !== 'person') || kindOf(w.tags) === 'location' || kindOf(w.tags) === 'organization') continue;
    if (ORG_HEADS.has(next.lower) || PLACE_HEADS.has(next.lower) || OTHER_HEADS.has(next.lower) || isDemonym(next)) continue;
    if (found.some((c) => c.start < next.end && w.start < c.end && c.kind !== 'person')) continue;
    out.push({ start: w.start, end: nameEnd(text, offset, next), kind: 'person', tier: TIER.compromise, rule: 'initials' });
  }
  return out;
}

function cuedNames(words: Word[], from: number, to: number): EnglishCandidate[] {
  const out: EnglishCandidate[] = [];
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
    out.push({ start: words[i + 1]!.start, end: words[j - 1]!.end, kind, tier: TIER.rule, rule: `cue:${cue.text}` });
    i = j - 1;
  }
  return out;
}

/**
 * "Hollywood, California", "Debden, England": a capitalized run right before a comma and a place
 * (from the gazetteers or compromise) is a place in it, whatever compromise made of it. Not before a possessive
 * ("Johnson, Britain's prime minister") and not a multi-word run compromise reads as a person.
 */
function placesBeforeKnownPlaces(text: string, offset: number, words: Word[], found: Candidate[]): EnglishCandidate[] {
  const out: EnglishCandidate[] = [];
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
    out.push({ start: words[first]!.start, end: last.end, kind: 'location', tier: TIER.rule, rule: 'place-before-place' });
  }
  return out;
}

/** A nickname in quotes inside a name: William "Buckshot" May, Harold "Junior" Theriault. */
const NICKNAME = /["“]\s?[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*)?\s?["”]\s?[A-Z][\p{L}'’-]+/gu;

/**
 * A person's name with a nickname in quotes is one name: the person compromise found before the
 * quotes (or a first name its lexicon knows) runs on to the surname after them.
 */
function namesWithNicknames(text: string, offset: number, words: Word[], found: Candidate[]): EnglishCandidate[] {
  if (!/["“]/.test(text)) return [];
  const out: EnglishCandidate[] = [];
  const personEndingAt = new Map<number, Candidate>();
  const personStartingAt = new Map<number, Candidate>();
  for (const c of found) {
    if (c.kind !== 'person') continue;
    personEndingAt.set(c.end, c);
    personStartingAt.set(c.start, c);
  }
  const wordEndingAt = new Map<number, Word>();
  for (const w of words) wordEndingAt.set(w.end, w);
  for (const m of text.matchAll(NICKNAME)) {
    const open = offset + m.index;
    const before = /\s?$/.exec(text.slice(0, m.index))!;
    const firstEnd = open - before[0].length;
    const first = personEndingAt.get(firstEnd);
    const firstWord = wordEndingAt.get(firstEnd);
    const start = first?.start ?? (firstWord && /Name$/.test(String(LEXICON[firstWord.lower] ?? '')) ? firstWord.start : -1);
    if (start < 0) continue;
    const surnameStart = offset + m.index + m[0].length - /[A-Z][\p{L}'’-]+$/u.exec(m[0])![0].length;
    const end = personStartingAt.get(surnameStart)?.end ?? offset + m.index + m[0].length;
    out.push({ start, end, kind: 'person', tier: TIER.rule, rule: 'nickname' });
  }
  return out;
}

/** Where a name ends: the period of Jr., Sr., Inc., Corp. is part of it. */
function nameEnd(text: string, offset: number, last: Word): number {
  return /^(Jr|Sr|Inc|Corp|Ltd|Co)$/.test(last.text) && text.charCodeAt(last.end - offset) === 0x2e ? last.end + 1 : last.end;
}

/** A word compromise's lexicon knows as no name, or that is shaped like a field, faith or activity (-ism, -ology, -ics). */
function commonWord(lower: string): boolean {
  const known = LEXICON[lower];
  if (known !== undefined) return !/Place|City|Country|Region|Name|Person|Organization|Demonym/.test(String(known));
  return /(ism|ology|ics)$/.test(lower);
}

const isFirstName = (w: Word): boolean => w.tags.has('FirstName') || w.tags.has('MaleName') || w.tags.has('FemaleName');

/** Followed by a possessive ('s, ’s, or a bare apostrophe after s): a person or a body, hardly a place. */
const POSSESSIVE = /^\s*['’]s?(\s|$)/;

/**
 * A run that can name a place: no word of it a date, a verb, an adjective, a demonym or a
 * language, and no possessive after it ("from Belgrano 's army" names a man).
 */
function placeLike(text: string, offset: number, words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!capitalized(w) || isDemonym(w) || NOT_PLACE_TAGS.some((t) => w.tags.has(t))) return false;
  }
  // A common word with a capital (in Marketing, in Physiology, in Dust) or a field of study or faith (in Judaism): no place.
  if (words.slice(from, to).every((w) => commonWord(w.lower))) return false;
  return !POSSESSIVE.test(text.slice(words[to - 1]!.end - offset, words[to - 1]!.end - offset + 4));
}

/**
 * "in Reston and Herndon", "Bearn, Gascony and Brittany": a run right after a place, joined by
 * "and" or "or", or by a comma when the list goes on after it (not "in Indonesia, Budjana has").
 */
function afterPlaceInList(text: string, offset: number, words: Word[], i: number, j: number, to: number, placeEnds: Set<number>): boolean {
  for (const k of [i - 1, i - 2]) {
    const prev = words[k];
    if (prev === undefined || !placeEnds.has(prev.end)) continue;
    const gap = text.slice(prev.end - offset, words[i]!.start - offset);
    if (/^\s*,?\s*(and|or)\s*$/.test(gap)) return true;
    if (/^\s*,\s*$/.test(gap) && j < to && /^\s*(,|and\b|or\b)/.test(text.slice(words[j - 1]!.end - offset, words[j - 1]!.end - offset + 5))) return true;
  }
  return false;
}

/** Kinds passed along lists (measured: organizations and places passed on this way cost more than they gave). */
const LIST_KINDS = new Set<EntityKind>(['person']);
/** A list separator at the start of a string: ", ", " and ", ", or ". */
const LIST_GAP = /^\s*(,\s*(and\s+|or\s+)?|(and|or)\s+)/;

/**
 * Items of one list are of one kind: "Max Carey, Kiki Cuyler and Pie Traynor", "AT&T, Wachovia and
 * Carnival": an untyped run next to a typed name, across a comma, "and" or "or", takes its kind.
 * Across a bare comma only when the list goes on on the other side too ("in Indonesia, Budjana
 * has" is no list). Runs a second time so that kinds travel along a list.
 */
function listItemsOfKnownKind(text: string, offset: number, unknown: Array<[number, number]>, known: Candidate[]): EnglishCandidate[] {
  const out: EnglishCandidate[] = [];
  const gapAfter = (end: number): { to: number; comma: boolean } | null => {
    const m = LIST_GAP.exec(text.slice(end - offset, end - offset + 8));
    return m ? { to: end + m[0].length, comma: !/and|or/.test(m[0]) } : null;
  };
  const before = (start: number): boolean => /(,|\band|\bor)\s*$/.test(text.slice(Math.max(0, start - offset - 6), start - offset));
  const byStart = new Map<number, Candidate>();
  const byNextStart = new Map<number, { c: Candidate; comma: boolean }>();
  const add = (c: Candidate) => {
    byStart.set(c.start, c);
    const g = gapAfter(c.end);
    if (g) byNextStart.set(g.to, { c, comma: g.comma });
  };
  for (const c of known) if (LIST_KINDS.has(c.kind)) add(c);
  const left = new Set(unknown.map(([s]) => s));
  for (let round = 0; round < 2; round++) {
    for (const [start, end] of unknown) {
      if (!left.has(start)) continue;
      const g = gapAfter(end);
      const prev = byNextStart.get(start);
      const next = g ? byStart.get(g.to) : undefined;
      let kind: EntityKind | null = null;
      if (prev && (!prev.comma || g !== null)) kind = prev.c.kind;
      else if (next && g && (!g.comma || before(start))) kind = next.kind;
      if (kind === null) continue;
      const c: EnglishCandidate = { start, end, kind: kind === 'country' ? 'location' : kind, tier: TIER.compromise, rule: 'list' };
      out.push(c);
      add(c);
      left.delete(start);
    }
  }
  return out;
}

/**
 * A name is written the same way each time: an untyped capitalized run whose text was typed
 * elsewhere in the same text (6PR … 6PR, Konami … Konami) takes that kind, when only one kind was
 * given; a single word that ends a person's full name (Dewa Budjana … Budjana) is that person.
 */
/** Rules that type a name from the words around it, not from compromise's guess. */
const STRONG_RULES = /^(acts-as-org|acts-as-person|defined|cue:|org-verb|team-member|team-nickname|party-adjective|unit)/;

/** The last words of the persons' full names among `found` (Whitney Houston: Houston). */
function surnamesOf(text: string, offset: number, found: readonly Candidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const c of found) {
    if (c.kind !== 'person') continue;
    const surface = text.slice(c.start - offset, c.end - offset);
    // The surname, not a generational suffix (Glenn A. Profitt II: not "II").
    const last = surface.slice(surface.lastIndexOf(' ') + 1).replace(/\.$/, '');
    if (surface.includes(' ') && !SUFFIX.test(last)) surnames.add(last);
  }
  return surnames;
}

/**
 * A town's name that is also the surname of a person named in full in the same text is that
 * person (Whitney Houston … Houston died), as an untyped word would be (sameTextSameKind), unless
 * a preposition of place stands before it (Jack London … in London).
 * Countries keep their kind: Michael Jordan does not make every Jordan a person.
 */
function townsThatAreSurnames(text: string, offset: number, out: EnglishCandidate[]): EnglishCandidate[] {
  const surnames = surnamesOf(text, offset, out);
  if (surnames.size === 0) return out;
  return out.map((c) => {
    if (c.tier !== TIER.gazetteer || c.kind !== 'location' || !surnames.has(text.slice(c.start - offset, c.end - offset))) return c;
    // "in London", "from Houston": the place still.
    const before = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, c.start - offset - 16), c.start - offset))?.[1];
    if (before !== undefined && PLACE_PREPOSITIONS.has(before.toLowerCase())) return c;
    return { start: c.start, end: c.end, kind: 'person', tier: TIER.compromise, rule: 'same-text' };
  });
}

/**
 * A name the text gives a storm (Cyclone Phailin) names the storm wherever it stands: later
 * "Phailin's winds" and "T C Phailin" (tropical cyclone) are no person either.
 */
function withoutStormNames(text: string, offset: number, words: readonly Word[], out: EnglishCandidate[]): EnglishCandidate[] {
  const storms = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    if (STORM_WORDS.has(words[i]!.lower) && capitalized(words[i]!) && capitalized(words[i + 1]!) && !words[i]!.breakAfter) storms.add(words[i + 1]!.text);
  }
  if (storms.size === 0) return out;
  return out.filter((c) => {
    if (c.kind !== 'person') return true;
    const surface = text.slice(c.start - offset, c.end - offset);
    return !storms.has(surface.slice(surface.lastIndexOf(' ') + 1));
  });
}

function sameTextSameKind(text: string, offset: number, unknown: Array<[number, number]>, found: Candidate[]): EnglishCandidate[] {
  if (unknown.length === 0) return [];
  const kinds = new Map<string, EntityKind | null>();
  // Kinds read from what the words around a name say (X was founded, the band X), which outweigh a surname.
  const strong = new Map<string, EntityKind | null>();
  const surnames = surnamesOf(text, offset, found);
  for (const c of found) {
    const surface = text.slice(c.start - offset, c.end - offset);
    if (STRONG_RULES.test((c as EnglishCandidate).rule ?? '')) {
      const was = strong.get(surface);
      strong.set(surface, was === undefined || was === c.kind ? c.kind : null);
    }
    const had = kinds.get(surface);
    kinds.set(surface, had === undefined || had === c.kind ? c.kind : null);
  }
  const out: EnglishCandidate[] = [];
  for (const [start, end] of unknown) {
    const surface = text.slice(start - offset, end - offset);
    // A word that ends a person's full name in this text is that person's surname, whatever a weak tag made of it elsewhere (Ben Player … Player).
    // …unless the text says what it is elsewhere (Caloi was founded … Guido Caloi … Caloi started).
    const kind = strong.get(surface) ?? (surnames.has(surface) ? 'person' : kinds.get(surface));
    if (kind) out.push({ start, end, kind, tier: TIER.compromise, rule: 'same-text' });
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
  const words: Word[] = [];
  const sentences: Array<[number, number]> = [];
  let cursor = 0;
  for (const sentence of parseEnglish(text)) {
    const first = words.length;
    for (let i = 0; i < sentence.length; i++) {
      const t = sentence[i]!;
      if (t.text.length === 0) continue;
      const at = text.indexOf(t.text, cursor);
      if (at < 0) continue;
      cursor = at + t.text.length;
      // compromise keeps a possessive on its word (Belgrano's): the name ends before it, and ends there.
      const possessive = t.tags.has('Possessive') && /.['’]s$/.test(t.text);
      const word = possessive ? t.text.slice(0, -2) : t.text;
      words.push({
        start: offset + at,
        end: offset + at + word.length,
        text: word,
        lower: word.toLowerCase().replace(/’/g, "'").replace(/\./g, ''),
        tags: t.tags,
        // A period after an abbreviation or an initial (Adm., H.) does not end a name.
        breakAfter:
          // …unless a company suffix follows: Macy's Inc. is one name.
          (possessive && !COMPANY_SUFFIX.test(sentence[i + 1]?.text ?? '')) ||
          /[,;:!?()"“”]/.test(t.post) ||
          // A dash with spaces around it parts two names (Shark Island - Ben Player, Bangkok – Chiang Mai).
          /\s(-{1,3}|[–—])(\s|$)/.test(t.post) ||
          (t.post.includes('.') && !t.tags.has('Abbreviation') && !/^([A-Z]|St|Mt|Ft)$/.test(t.text)) ||
          /[("“”]/.test(sentence[i + 1]?.pre ?? ''),
        sentenceStart: i === 0,
        dotted: !possessive && t.post.startsWith('.'),
      });
    }
    sentences.push([first, words.length]);
  }
  return { words, sentences };
}

/** Titles written as abbreviations: they need their normal case or a period after them. */
const ABBREVIATED_TITLES = new Set('mr mrs ms dr gen lt col capt maj adm brig sgt cpl pvt spc det rev fr sen rep gov pres prof amb'.split(' '));
/** An abbreviated title written otherwise (MS, DR without a period): the MS of "MS Windows", the DR of "DR Congo". */
const notWrittenAsTitle = (w: Word): boolean => ABBREVIATED_TITLES.has(w.lower) && !w.dotted && !/^[A-Z][a-z]+$/.test(w.text);

/** A title of up to four words starting at word i (Secretary of State, Rear Adm.). */
function titleAt(words: Word[], i: number, end: number, gazetteer: Gazetteer): { title: Title; next: number } | null {
  // Most words start no title: one set look-up settles them.
  if (!gazetteer.titleFirstWordsEn.has(words[i]!.lower)) return null;
  let key = '';
  let found: { title: Title; next: number } | null = null;
  for (let j = i; j < Math.min(end, i + 4); j++) {
    // An abbreviated title is written Ms or Ms.: the MS of "MS Windows" or the DR of "DR Congo" is none.
    if (notWrittenAsTitle(words[j]!)) break;
    key = key ? `${key} ${words[j]!.lower}` : words[j]!.lower;
    const title = gazetteer.titlesEn.get(key);
    if (title) found = { title, next: j + 1 };
    if (words[j]!.breakAfter && !words[j]!.text.endsWith('.') && j > i) break;
  }
  return found;
}

const capitalized = (w: Word): boolean => isUpper(w.text.charCodeAt(0));
/** "All" glued by a hyphen to what follows (All-State, All-American, All-Star): an honour's name, no entity's. */
const isAllHonour = (text: string, offset: number, w: Word): boolean => w.text === 'All' && text.charCodeAt(w.end - offset) === 0x2d;
/** A single capital with its period (John A. Corder): an initial, whatever compromise tagged it ("A" as a determiner). */
const isInitial = (text: string, offset: number, w: Word): boolean => /^[A-Z]$/.test(w.text) && text.charCodeAt(w.end - offset) === 0x2e;

/**
 * An acronym or call sign: two or more capitals, digits only before or one after them (NATO, BCIT,
 * 6PR, MTV2; not the product codes MP500, JH21), not an abbreviation of a common noun, a Roman
 * numeral or a model number (EC-130, F-15).
 */
function isAcronym(text: string, offset: number, w: Word): boolean {
  const t = w.text;
  if (!/^\d{0,3}[A-Z][A-Z&]+\d?$/.test(t)) return false;
  if (COMMON_ACRONYMS.has(t) || /^[IVXLC]+$/.test(t)) return false;
  return !/^-\d/.test(text.slice(w.end - offset, w.end - offset + 2));
}
const SUFFIX = /^(Jr|Sr|II|III|IV)$/;
const COMPANY_SUFFIX = /^(Inc|Corp|Ltd|LLC|Co|Plc|PLC|GmbH|AG|SA)\.?$/;

/** A title at word i that introduces a name after it (not the King of Martin Luther King Jr.). */
function titleStartsName(words: Word[], i: number, end: number, gazetteer: Gazetteer): boolean {
  const t = titleAt(words, i, end, gazetteer);
  if (!t || t.next >= end) return false;
  const next = words[t.next]!;
  return capitalized(next) && !SUFFIX.test(next.text);
}

/**
 * A sentence written as a headline (ALL CAPS, or Title Case with capitalized verbs and
 * prepositions) says nothing by its capitals: only dictionary names count there.
 */
const FUNCTION_TAGS = ['Verb', 'Adjective', 'Preposition', 'Conjunction', 'Determiner', 'Adverb'];
function isHeadline(words: Word[], from: number, to: number, gazetteer: Gazetteer): boolean {
  let letters = 0;
  let allCaps = 0;
  let capitalFunctionWords = 0;
  let lowerFunctionWords = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!/[A-Za-z]/.test(w.text)) continue;
    letters++;
    if (w.text.length > 1 && w.text === w.text.toUpperCase()) allCaps++;
    // An initial (John A. Corder) or a title's first word (Major General) is no function word.
    if (i > from && !/^[A-Z]$/.test(w.text) && !gazetteer.titleFirstWordsEn.has(w.lower) && FUNCTION_TAGS.some((t) => w.tags.has(t)) && !w.tags.has('ProperNoun')) {
      if (capitalized(w)) capitalFunctionWords++;
      else lowerFunctionWords++;
    }
  }
  // A sentence that writes most of its small words in lower case is no headline, whatever its
  // capitals inside names (bands like The Ramones, The Stooges).
  return letters >= 2 && (allCaps / letters >= 0.6 || (capitalFunctionWords >= 2 && capitalFunctionWords > lowerFunctionWords));
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
): EnglishCandidate[] {
  const out: EnglishCandidate[] = [];
  if (!options.embedded) {
    for (const m of gazetteerMatches) {
      const kind = gazetteer.entity(m.entry.entityIds[0]!)!.kind;
      // "the UK": the article is not part of the name (The Times, a title, keeps its capital).
      const start = kind === 'country' && text.startsWith('the ', m.start - offset) ? m.start + 4 : m.start;
      out.push({ start, end: m.end, kind, tier: TIER.gazetteer, entityIds: m.entry.entityIds, surnameOnly: m.entry.surnameOnly, rule: 'gazetteer' });
    }
  }
  if (options.embedded && (text.split(' ').length < 3 || !/ [a-z]/.test(text))) return out;

  const { words, sentences } = wordsOf(text, offset);
  // Names of two or more words; a country or place inside one (New Jersey, Michael Jordan) is not itself named.
  const longNames: Array<[number, number]> = [];
  // Names of bodies and places of two or more words: a known person inside one (the Andy Warhol Museum) is not named either.
  const longBodies: Array<[number, number]> = [];
  // Capitalized runs no tag or rule typed: typed later if the same text is typed elsewhere.
  const unknown: Array<[number, number]> = [];
  // Kinds guessed from the words around a run (in X): not passed on to other mentions of X.
  const guessed = new WeakSet<Candidate>();
  // Where a place ends, for lists of places ("in Reston and Herndon").
  const placeEnds = new Set<number>(out.filter((c) => c.kind === 'country' || c.kind === 'location').map((c) => c.end));
  for (const [from, to] of sentences) {
    if (from === to) continue;
    const at = words[from]!.start - offset;
    const line = text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
    if (isHeadline(words, from, to, gazetteer) || titleCaseLine(line)) continue;
    let i = from;
    // Words before this index belong to a name already read.
    let done = from;
    while (i < to) {
      // A title, then a capitalized name: a person whatever compromise thought of the name.
      const title = titleAt(words, i, to, gazetteer);
      if (title && title.next < to && capitalized(words[title.next]!) && !words[title.next - 1]!.breakAfter) {
        // Any capitalized words after a title, tagged or not (Colonel Jesse Auton), up to four, and
        // a generational suffix (Jr., III).
        let j = title.next;
        while (j < to && j - title.next < 4 && capitalized(words[j]!) && (kindOf(words[j]!.tags) !== null || isInitial(text, offset, words[j]!) || !FUNCTION_TAGS.some((t) => words[j]!.tags.has(t)))) {
          j++;
          if (words[j - 1]!.breakAfter && !/^[A-Z]\.$/.test(words[j - 1]!.text)) break;
        }
        // Not a name when a word of it heads another kind of name (Major League Baseball, Governor
        // General) or is a nationality (a major Brazilian maker).
        const nameWords = words.slice(title.next, j);
        const notName = nameWords.some((n) => isDemonym(n) || ORG_HEADS.has(n.lower) || PLACE_HEADS.has(n.lower) || OTHER_HEADS.has(n.lower) || gazetteer.titlesEn.has(n.lower));
        if (j > title.next && !notName) {
          const start = words[title.next]!.start;
          const end = nameEnd(text, offset, words[j - 1]!);
          out.push({ start, end, kind: 'person', tier: TIER.title, rule: 'title', title: { title: title.title, start: words[i]!.start, end: words[title.next - 1]!.end } });
          longNames.push([start, end]);
          i = j;
          done = j;
          continue;
        }
      }
      const w = words[i]!;
      if (isAllHonour(text, offset, w)) {
        // All-State, All-American: the honour's two words name nothing, nor a place inside them (All-America).
        if (i + 1 < to) longNames.push([w.start, words[i + 1]!.end]);
        i += 2;
        done = i;
        continue;
      }
      // A head that takes "of" starts a name even untagged (the Government of X).
      // compromise reads a call sign as a number (6PR, 3AW): its shape makes it a name.
      const k = kindOf(w.tags) ?? (OF_HEADS.has(w.lower) && words[i + 1]?.text === 'of' && i + 2 < to ? 'proper' : /\d/.test(w.text) && isAcronym(text, offset, w) ? 'proper' : null);
      if (k === null || !(capitalized(w) || /^\d/.test(w.text))) {
        // Untagged (often a name opening a sentence): typed later if written elsewhere with a kind.
        if (w.sentenceStart && capitalized(w) && !isDemonym(w) && !w.tags.has('Pronoun') && !FUNCTION_TAGS.some((t) => w.tags.has(t))) {
          // "Caloi was founded in 1898": a word no lexicon knows, opening a sentence, that acts like an organization is one.
          if (LEXICON[w.lower] === undefined && /^[A-Z][a-z]/.test(w.text) && actsAsOrgAfter(text, offset, w))
            out.push({ start: w.start, end: nameEnd(text, offset, w), kind: 'organization', tier: TIER.compromise, rule: 'acts-as-org' });
          else unknown.push([w.start, w.end]);
        }
        i++;
        continue;
      }
      // Chunk: consecutive tagged, capitalized words; "of" inside an organization or after a head
      // that takes one (University of Texas); "and" only inside such a complement, else it
      // coordinates two names (the U.S. and Germany).
      let j = i + 1;
      let ofAt = -1;
      let riverTown = false;
      const kinds = new Set<string>([k]);
      while (j < to && !words[j - 1]!.breakAfter && !titleStartsName(words, j, to, gazetteer)) {
        const n = words[j]!;
        // "a Texas All-State tackle", "All-American end": an honour, not part of the name before it.
        if (isAllHonour(text, offset, n)) break;
        const nk = kindOf(n.tags);
        const next = words[j + 1];
        const nextName = next !== undefined && j + 1 < to && capitalized(next) && kindOf(next.tags) !== null && !n.breakAfter;
        // "Washington State University Simon Ličen": a first name and a surname after a body's head word start a person of their own.
        if (isFirstName(n) && ORG_HEADS.has(words[j - 1]!.lower) && next !== undefined && j + 1 < to && capitalized(next) && !n.breakAfter) break;
        if (nk !== null && capitalized(n)) {
          kinds.add(nk);
          j++;
        } else if (capitalized(n) && (ORG_HEADS.has(n.lower) || PLACE_HEADS.has(n.lower) || OTHER_HEADS.has(n.lower))) {
          // A head word compromise left untagged still ends the name (the Stanley Cup, Velmor Club).
          j++;
        } else if (n.text === 'of' && OF_HEADS.has(words[j - 1]!.lower) && !n.breakAfter && next && j + 1 < to) {
          // "Army of the Potomac": the article goes in when a capital follows it.
          const skip = next.text === 'the' && !next.breakAfter && j + 2 < to && capitalized(words[j + 2]!) ? 2 : 1;
          if (!capitalized(words[j + skip]!)) break;
          if (ofAt < 0) ofAt = j;
          j += skip;
        } else if (
          CONNECTORS.has(n.text) &&
          nextName &&
          (kinds.has('organization') || kinds.has('proper')) &&
          // "the Hockey Club of Montreal", "the League for FC Basel": a place or a club after it is a name of its own.
          !(n.text === 'of' && kindOf(next.tags) === 'location') &&
          !(n.text === 'for' && (!FOR_HEADS.has(words[j - 1]!.lower) || CLUB_PREFIXES.has(next.text)))
        ) {
          if (n.text === 'of' && ofAt < 0) ofAt = j;
          j++;
        } else if (n.text === 'and' && ofAt >= 0 && nextName) {
          j++;
        } else if (n.text === '&' && next && j + 1 < to && capitalized(next) && !n.breakAfter && (j === i + 1 || next.breakAfter || j + 2 >= to || !capitalized(words[j + 2]!))) {
          // Johnson & Johnson, Procter & Gamble: a firm, whoever the names were; two full names
          // either side of & are two people.
          kinds.add('organization');
          j++;
        } else if (n.text === 'the' && kinds.has('person') && !n.breakAfter && next !== undefined && j + 1 < to && /^(Great|Elder|Younger|Conqueror|Bold|Wise|Pious|Magnificent|Terrible)$/.test(next.text)) {
          // Epithets: Frederick the Great, Pliny the Elder.
          j += 2;
        } else if (/^(am|upon|sur)$/.test(n.text) && kinds.has('location') && !kinds.has('person') && !n.breakAfter && next !== undefined && j + 1 < to && capitalized(next)) {
          // Towns named by their river: Frankfurt am Main, Newcastle upon Tyne, Boulogne sur Mer.
          riverTown = true;
          j += 2;
        } else if (kinds.has('person') && !kinds.has('organization') && isInitial(text, offset, n) && next !== undefined && j + 1 < to && capitalized(next)) {
          // An initial inside a person's name (Richard A. Lupoff), whatever compromise tagged it.
          j++;
        } else if (kinds.has('person') && !kinds.has('organization') && /^[A-Z][a-z]/.test(n.text) && LEXICON[n.lower] === undefined && !isDemonym(n) && (isFirstName(words[j - 1]!) || isInitial(text, offset, words[j - 1]!))) {
          // A word no lexicon knows after a first name or an initial is the surname (Moses Mendelssohn, John A. Corder).
          j++;
        } else if (NAME_PARTICLES.has(n.text) && kinds.has('person') && nextName) {
          j++;
        } else if (NAME_PARTICLES.has(n.text) && kinds.has('person') && !n.breakAfter && next && NAME_PARTICLES.has(next.text) && !next.breakAfter && j + 2 < to && capitalized(words[j + 2]!)) {
          // Two particles: Joaquin de la Serna.
          j += 2;
        } else break;
      }
      // "Jenny Seaton & Gary Carvolth": compromise calls what follows "&" a firm; a first name
      // there, with a surname after it, starts a person.
      if (i > from && words[i - 1]!.text === '&' && j > i + 1 && /Name$/.test(String(LEXICON[w.lower] ?? '')) && !ORG_HEADS.has(words[j - 1]!.lower)) {
        kinds.delete('organization');
        kinds.add('person');
      }
      // compromise reads an all-caps MS or DR as the honorific and the next word as a person (MS Windows):
      // a title written so is none (titleAt), and neither is the person it made.
      if (j > i + 1 && notWrittenAsTitle(w)) kinds.delete('person');
      const last = words[j - 1]!;
      // The head of "X of Y" is X (University of Texas), else the last word.
      const head = (ofAt > i ? words[ofAt - 1]! : last).lower;
      let kind: EntityKind | null = null;
      const acronym = j === i + 1 && k === 'proper' && isAcronym(text, offset, w);
      // A place then a name that is no place (Perth Glory, Montreal HC, Connecticut Lottery) is a club or company.
      const placeThenName = k === 'location' && j > i + 1 && kindOf(last.tags) === 'proper' && !isDemonym(last);
      // A place, then a plural that is no place (West Coast Eagles, Sacramento River Cats): a team.
      // compromise does not mark plurals on proper nouns: a last word in -s that its lexicon
      // does not know as a name (Wales, Athens, Jones are known).
      const lastKnown = LEXICON[last.lower];
      const pluralTeam =
        j > i + 1 &&
        ofAt < 0 &&
        /[a-z]{2}[^su'’]s$/.test(last.text) &&
        (lastKnown === undefined || String(lastKnown) === 'Plural') &&
        !PLACE_PLURALS.has(last.lower) &&
        !isDemonym(last) &&
        !kinds.has('organization') &&
        !kinds.has('person') &&
        kinds.has('location') &&
        LEXICON[text.slice(w.start - offset, last.end - offset).toLowerCase()] === undefined;
      let why = '';
      if (OTHER_HEADS.has(head) || isDemonym(last) || (j === i + 1 && (COMMON_ACRONYMS.has(w.text) || SUFFIX.test(w.text) || COMPANY_SUFFIX.test(w.text)))) kind = null;
      else if (pluralTeam) (kind = 'organization'), (why = 'plural-team');
      else if (j > i + 1 && PLACE_HEADS.has(head) && !CLUB_PREFIXES.has(w.text)) (kind = 'location'), (why = 'place-head');
      else if (j > i + 1 && SOURCE_HEADS.has(head)) (kind = 'source'), (why = 'source-head');
      else if (kinds.has('organization') || ORG_HEADS.has(head) || (ofAt > i && head === 'hall') || acronym || placeThenName || (j > i + 1 && CLUB_PREFIXES.has(w.text)))
        (kind = 'organization'), (why = kinds.has('organization') ? 'tag-org' : ORG_HEADS.has(head) ? 'org-head' : acronym ? 'acronym' : placeThenName ? 'place-then-name' : 'club');
      else if (kinds.has('person') && !kinds.has('location')) (kind = 'person'), (why = 'tag-person');
      else if (kinds.has('location') && !kinds.has('person')) (kind = 'location'), (why = 'tag-place');
      else if (kinds.has('person')) (kind = 'person'), (why = 'tag-person+place');
      if (riverTown) (kind = 'location'), (why = 'river-town');
      // Mt. Vernon, Ft. Worth: a mount or a fort, whatever compromise made of the name after it.
      if ((kind === 'person' || kind === null) && j > i + 1 && (w.text === 'Mt' || w.text === 'Ft') && !OTHER_HEADS.has(head)) (kind = 'location'), (why = 'mount-fort');
      // One word read as a person: a bare title (the Laboratory's Director) is no one, and a
      // first name right after "in", "near", "from" is a place (in Sydney, near Adelaide).
      if (kind === 'person' && j === i + 1 && gazetteer.titlesEn.has(w.lower)) kind = null;
      // "the Governor of Virginia", "the President of France": a title and what it is of name an office, not a person.
      if (kind === 'person' && ofAt > i) {
        const office = titleAt(words, i, j, gazetteer);
        if (office && office.next === ofAt) kind = null;
      }
      if (kind === 'person' && j === i + 1 && i > from && PLACE_PREPOSITIONS.has(words[i - 1]!.text.toLowerCase()) && !kinds.has('location') && placeLike(text, offset, words, i, j))
        (kind = 'location'), (why = 'person-after-preposition');
      // "Charlottesville, Virginia": a state's name after a place and a comma is the state, though compromise reads a woman's name.
      if (kind === 'person' && j === i + 1 && STATES.has(w.text) && i > from) {
        // The comma is glued to the town (Charlottesville, Virginia) or a term of its own (Fairfax County , Virginia).
        const town = words[i - 1]!.text === ',' ? words[i - 2] : words[i - 1];
        if (town !== undefined && /^\s*,\s*$/.test(text.slice(town.end - offset, w.start - offset)) && out.some((c) => c.end === town.end && (c.kind === 'location' || c.kind === 'country')))
          (kind = 'location'), (why = 'state-after-place');
      }
      if ((kind === null || (kind === 'location' && why === 'tag-place')) && !kinds.has('person') && afterOrgVerb(words, from, i)) (kind = 'organization'), (why = 'org-verb');
      else if (kind === null && !words.slice(i, j).some(isDemonym) && actsAsPerson(text, offset, words, i, j, to)) (kind = 'person'), (why = 'acts-as-person');
      else if ((kind === null || why === 'tag-place') && !isDemonym(last) && actsAsOrgAfter(text, offset, last)) (kind = 'organization'), (why = 'acts-as-org');
      else if ((why === 'tag-place' || kind === null) && !last.breakAfter && j < to && TEAM_MEMBERS.has(words[j]!.lower)) (kind = 'organization'), (why = 'team-member');
      else if (kind === 'location' && j > i + 1 && VENUE_HEADS.has(last.lower) && why === 'tag-place' && !/^(Male|Female|First)Name$/.test(String(LEXICON[w.lower] ?? ''))) (kind = 'organization'), (why = 'venue');
      // "bands like The Ramones", "supporting The Stooges": "The" with a capital inside a sentence, before a plural,
      // starts the name of a band or a team (singular ones are as often works: The Shining, The Kill); not after a
      // word for a work ("the film The Birds") or an opening quote.
      if (kind === null && i > from + 1 && /[a-z][^s'’]s$/.test(last.text) && words[i - 1]!.text === 'The' && !words[i - 1]!.sentenceStart && !WORK_CUES.has(words[i - 2]!.lower) && !/["“‘']\s*$/.test(text.slice(Math.max(0, words[i - 1]!.start - offset - 2), words[i - 1]!.start - offset)))
        (kind = 'organization'), (why = 'capital-the');
      // Hurricane Sandy, Cyclone Phailin: a storm is no person, place or organization.
      const storm = (j > i + 1 && STORM_WORDS.has(w.lower)) || (i > from && STORM_WORDS.has(words[i - 1]!.lower) && capitalized(words[i - 1]!));
      if (storm) kind = null;
      let guess = false;
      // A list goes on from a known place or an item of the list, not from a place guessed from "in".
      let inList = false;
      if (kind === null && !storm && placeLike(text, offset, words, i, j)) {
        inList = afterPlaceInList(text, offset, words, i, j, to, placeEnds);
        guess =
          inList ||
          (i > from && PLACE_PREPOSITIONS.has(words[i - 1]!.text.toLowerCase())) ||
          (i > from + 1 && words[i - 1]!.text === 'of' && PLACE_NOUNS.has(words[i - 2]!.lower));
        if (guess) (kind = 'location'), (why = inList ? 'place-list' : 'place-context');
      }
      // "a Specialist Group", "an Air Division": after an indefinite article, capitals of common words name no one thing.
      if (kind !== null && i > from && /^(a|an)$/.test(words[i - 1]!.text) && words.slice(i, j).every((x) => commonWord(x.lower) || ORG_HEADS.has(x.lower) || PLACE_HEADS.has(x.lower))) kind = null;
      // "the Institute", "his Association": a bare head word refers back to a name, it is not one.
      if (kind === 'organization' && j === i + 1 && BARE_HEADS.has(w.lower)) kind = null;
      // A title alone (the Sheriff said) is a person referred back to, not an organization.
      if (kind === 'organization' && j === i + 1 && gazetteer.titlesEn.has(w.lower)) kind = null;
      // A single capitalized word opening a sentence says nothing by its capital.
      // An acronym is in capitals wherever it stands (BCIT has…).
      const startWord = w.sentenceStart && k === 'proper' && j === i + 1 && !acronym && why !== 'acts-as-person' && why !== 'acts-as-org' && why !== 'team-member' ? null : w;
      if (startWord && kind) {
        // "The" written with a capital inside a sentence belongs to the name (bands, papers: joined The Cult).
        const the = i > from && words[i - 1]!.text === 'The' && !words[i - 1]!.sentenceStart && (kind === 'organization' || kind === 'source');
        // A capitalized word no lexicon knows, right before a person's or an organization's name, is part of it (Adilson Tavares Varela).
        const prev = i > done ? words[i - 1] : undefined;
        const firstName =
          (kind === 'person' || why === 'acts-as-org') && prev !== undefined && !prev.breakAfter && /^[A-Z][a-z]/.test(prev.text) && LEXICON[prev.lower] === undefined && !isDemonym(prev) && !gazetteer.titlesEn.has(prev.lower) && kindOf(prev.tags) !== 'location' && kindOf(prev.tags) !== 'organization';
        // "Engineer John Greiner", "Tower Man George Hauser": common words before a first name are no part of the name.
        let first = i;
        if (kind === 'person' && !firstName) while (first + 2 < j && commonWord(words[first]!.lower) && !isFirstName(words[first]!) && isFirstName(words[first + 1]!)) first++;
        while (kind === 'person' && !firstName && first + 2 < j && commonWord(words[first]!.lower) && !isFirstName(words[first]!) && commonWord(words[first + 1]!.lower) && !isFirstName(words[first + 1]!) && isFirstName(words[first + 2]!)) first += 2;
        const candidate: EnglishCandidate = { start: the ? words[i - 1]!.start : firstName ? prev.start : words[first]!.start, end: nameEnd(text, offset, last), kind, tier: TIER.compromise, rule: why };
        if (guess) guessed.add(candidate);
        out.push(candidate);
        if (j - i > 1) longNames.push([w.start, last.end]);
        if (j - i > 1 && kind !== 'person') longBodies.push([w.start, last.end]);
        if (kind === 'location' && (!guess || inList)) placeEnds.add(last.end);
      } else {
        if (kind === null && !OTHER_HEADS.has(head) && !words.slice(i, j).some(isDemonym)) unknown.push([w.start, last.end]);
        if (j - i > 1 && OTHER_HEADS.has(head)) longNames.push([w.start, last.end]);
      }
      i = j;
      done = j;
    }
  }
  for (const [from, to] of sentences) {
    if (from === to || isHeadline(words, from, to, gazetteer)) continue;
    out.push(...cuedNames(words, from, to));
    out.push(...teamNicknames(words, from, to));
    out.push(...initialsThenSurname(text, offset, words, from, to, out));
  }
  out.push(...militaryUnits(text, offset, words));
  out.push(...partyAdjectives(text, offset, gazetteer));
  out.push(...namesWithNicknames(text, offset, words, out));
  out.push(...definedNames(text, offset, words, sentences, LEXICON));
  out.push(...placesBeforeKnownPlaces(text, offset, words, out));
  const known = out.filter((c) => !guessed.has(c));
  const listed = listItemsOfKnownKind(text, offset, unknown, known);
  out.push(...listed);
  out.push(...sameTextSameKind(text, offset, unknown, [...known, ...listed]));
  const typed = withoutStormNames(text, offset, words, townsThatAreSurnames(text, offset, out));
  if (longNames.length === 0) return typed;
  const inside = (c: Candidate, names: Array<[number, number]>) => names.some(([s, e]) => c.start >= s && c.end <= e && e - s > c.end - c.start);
  return typed.filter(
    (c) =>
      !(
        c.tier === TIER.gazetteer &&
        (((c.kind === 'country' || c.kind === 'location' || c.surnameOnly === true || c.kind === 'organization' || c.kind === 'source') && inside(c, longNames)) ||
          (c.kind === 'person' && inside(c, longBodies)))
      ),
  );
}
