/**
 * Resolution over one document (an article body and its comments, or a single text): every
 * mention gets one entity, a later partial name joins the full one (ジョン・カービー … カービー,
 * Boris Johnson … Johnson), a katakana name joins a Latin one that reads the same, and titles next
 * to names become roles. No knowledge base beyond the gazetteers.
 */
import type { Candidate } from '../extract/candidate.js';
import { DIGIT_ORDINAL } from '../extract/en/units.js';
import type { Gazetteer } from '../extract/gazetteer/build.js';
import { isKanji, isKatakana, isNameDot, isUpper, isWordChar } from '../extract/text/scripts.js';
import type { Entity, Lang, Mention, Role, TextExtraction } from '../types.js';
import { EntityRegistry } from './entities.js';
import { readingsMatch } from './reading.js';

export interface DocumentText {
  text: string;
  lang: Lang;
  /** Selected (non-overlapping) candidates, in text order. */
  candidates: Candidate[];
}

export interface ResolvedDocument {
  texts: TextExtraction[];
  entities: Entity[];
}

type Script = 'latin' | 'kana' | 'other';

interface PersonRef {
  t: number;
  c: Candidate;
  name: string;
  parts: string[];
  script: Script;
  entity?: Entity;
}

function scriptOf(name: string): Script {
  if (/^[\x00-\x7f\u00c0-\u024f]+$/.test(name)) return 'latin';
  let kana = true;
  for (let i = 0; i < name.length; i++) if (!isKatakana(name.charCodeAt(i)) && !isNameDot(name.charCodeAt(i))) kana = false;
  return kana ? 'kana' : 'other';
}

/** The words of a name; never empty, so the last part always exists (an initial alone, K in K君, is its own part). */
function partsOf(name: string, script: Script): string[] {
  let words = [name];
  // Initials and generational suffixes are no last names (John C. Scheidt Jr., Glenn A. Profitt II: Scheidt, Profitt).
  if (script === 'latin') words = name.split(/\s+/).filter((p) => p.length > 1 && !/^[A-Z]\.$/.test(p) && !/^(Jr\.?|Sr\.?|II|III|IV)$/.test(p));
  else if (script === 'kana') words = name.split(/[・＝=]/).filter(Boolean);
  return words.length > 0 ? words : [name];
}

/** Words near a mention that say Georgia is the U.S. state (or another place in an ambiguous pair). */
const STATE_CUES = /Atlanta|Savannah|U\.S\. state|\bstate of\b|\bGov\.|governor|Senate race|州/;

function chooseId(ids: string[], text: string, start: number, end: number): string {
  if (ids.length === 1) return ids[0]!;
  const window = text.slice(Math.max(0, start - 200), Math.min(text.length, end + 200));
  const location = ids.find((id) => id.startsWith('location:'));
  if (location && STATE_CUES.test(window)) return location;
  return ids[0]!;
}

export function resolveDocument(docTexts: DocumentText[], gazetteer: Gazetteer): ResolvedDocument {
  const registry = new EntityRegistry(gazetteer);
  const mentionsByText: Array<Array<{ c: Candidate; entity: Entity }>> = docTexts.map(() => []);
  const persons: PersonRef[] = [];

  docTexts.forEach(({ text, candidates }, t) => {
    for (const c of candidates) {
      if (c.kind !== 'person') continue;
      const name = text.slice(c.start, c.end);
      const script = scriptOf(name);
      persons.push({ t, c, name, parts: partsOf(name, script), script });
    }
  });

  // Known people first: full gazetteer names, and gazetteer names that are not bare surnames.
  for (const p of persons) {
    if (p.c.entityIds && !p.c.surnameOnly) {
      const e = registry.byKnownId(p.c.entityIds[0]!, p.name);
      if (e) p.entity = e;
    }
  }
  // Full names next: a katakana full name joins a Latin one that reads the same.
  const full = persons.filter((p) => !p.entity && p.parts.length > 1);
  full.sort((a, b) => (a.script === 'latin' ? 0 : 1) - (b.script === 'latin' ? 0 : 1));
  for (const p of full) {
    if (p.script === 'kana') {
      const last = p.parts[p.parts.length - 1]!;
      const match = persons.find((q) => q.entity && q.script === 'latin' && q.parts.length > 1 && readingsMatch(last, q.parts[q.parts.length - 1]!));
      if (match?.entity) {
        p.entity = match.entity;
        registry.addAlias(match.entity, p.name);
        match.entity.nameJa ??= p.name;
        continue;
      }
    }
    p.entity = registry.byName('person', p.name);
  }
  // Single names: join a full name in the document (same script, or same reading across scripts).
  const singles = persons.filter((p) => !p.entity);
  // Latin first (a katakana name looks for its Latin reading), then longest first (野村克也 before 野村).
  singles.sort((a, b) => (a.script === 'latin' ? 0 : 1) - (b.script === 'latin' ? 0 : 1) || b.name.length - a.name.length);
  // Every full name has its entity by now: the first one (in text order) for each last name.
  const fullByLast = new Map<string, PersonRef>();
  for (const q of persons) if (q.entity && q.parts.length > 1 && !fullByLast.has(q.parts[q.parts.length - 1]!)) fullByLast.set(q.parts[q.parts.length - 1]!, q);
  // Japanese family names that joined a full name: read again wherever no rule proposed them.
  const familyNames = new Map<string, Entity>();
  for (const p of singles) {
    // A surname with the title its known person holds is that person (ジョンソン首相 is Boris
    // Johnson), even where the document also names another Johnson in full.
    let target = holdsKnownTitle(p, gazetteer) ? undefined : fullByLast.get(p.name);
    if (!target && p.script === 'kana') target = persons.find((q) => q.entity && q.script === 'latin' && readingsMatch(p.name, q.parts[q.parts.length - 1]!));
    if (!target && p.script === 'latin') target = persons.find((q) => q.entity && q.script === 'kana' && readingsMatch(q.parts[q.parts.length - 1]!, p.name));
    if (!target) {
      target = fullNameByFamilyName(p, persons, docTexts[p.t]!.text, gazetteer);
      if (target?.entity && p.name.length > 1) familyNames.set(p.name, target.entity);
    }
    if (target?.entity) {
      p.entity = target.entity;
      registry.addAlias(target.entity, p.name);
      if (p.script === 'kana' && p.parts.length > 1) target.entity.nameJa ??= p.name;
      continue;
    }
    if (p.c.entityIds && knownBySurname(p, docTexts, gazetteer)) {
      const e = registry.byKnownId(p.c.entityIds[0]!, p.name);
      if (e) {
        p.entity = e;
        continue;
      }
    }
    p.entity = registry.byName('person', p.name);
  }
  for (const p of persons) mentionsByText[p.t]!.push({ c: p.c, entity: p.entity! });

  // "the 82nd" after "the 82nd Airborne Division": the short form of a numbered unit joins the
  // document's first organization named with that number (its full name), wherever it stands.
  const unitsByNumber = new Map<string, Entity>();
  const shortUnits: Array<{ t: number; c: Candidate; surface: string }> = [];

  // Everything else, and 〜政権 named after the person it is built on.
  docTexts.forEach(({ text, candidates }, t) => {
    for (const c of candidates) {
      if (c.kind === 'person') continue;
      const surface = text.slice(c.start, c.end);
      if (c.kind === 'organization' && DIGIT_ORDINAL.test(surface)) {
        shortUnits.push({ t, c, surface });
        continue;
      }
      let entity: Entity | null = null;
      if (c.administrationOf) {
        const person = mentionsByText[t]!.find((m) => m.c.kind === 'person' && m.c.start === c.start);
        if (person) {
          const base = person.entity.id.slice('person:'.length);
          const name = `${person.entity.nameEn ?? person.entity.name} administration`;
          entity = registry.byOwnId(`org:${base}-administration`, 'organization', name, surface, surface);
        }
      }
      // カーブル市 is Kabul: a city named with 市 is the city the gazetteer knows without it.
      const city = c.kind === 'location' && surface.length > 2 && surface.endsWith('市') ? gazetteer.lookup(surface.slice(0, -1)) : null;
      const ids = c.entityIds ?? gazetteer.lookup(surface)?.entityIds ?? (city && city.entityIds.every((id) => id.startsWith('location:')) ? city.entityIds : undefined);
      if (!entity && ids) entity = registry.byKnownId(chooseId(ids, text, c.start, c.end), surface);
      entity ??= registry.byName(c.kind, surface);
      mentionsByText[t]!.push({ c: { ...c, kind: entity.kind }, entity });
      const number = /^(\d+(?:st|nd|rd|th|d)) \p{Lu}/u.exec(surface)?.[1];
      if (entity.kind === 'organization' && number !== undefined && !unitsByNumber.has(number)) unitsByNumber.set(number, entity);
    }
  });
  for (const { t, c, surface } of shortUnits) {
    const full = unitsByNumber.get(surface);
    if (full) registry.addAlias(full, surface);
    const entity = full ?? registry.byName(c.kind, surface);
    mentionsByText[t]!.push({ c: { ...c, kind: entity.kind }, entity });
  }

  addPartialNames(docTexts, mentionsByText, persons, familyNames);

  const texts: TextExtraction[] = docTexts.map(({ text, lang }, t) => {
    const list = mentionsByText[t]!.sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end);
    const mentions: Mention[] = list.map(({ c, entity }) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: entity.kind, entity }));
    return { mentions, roles: rolesOf(text, lang, list, gazetteer) };
  });
  return { texts, entities: registry.all() };
}

/**
 * A Japanese name with kanji in it is written family name first (野村克也, ダルビッシュ有), and a bare
 * family name later in the document (野村, ダルビッシュ) is that person: the full name that begins
 * with it, when exactly one person's full name does (two 田中 in one article stay apart).
 */
function fullNameByFamilyName(p: PersonRef, persons: PersonRef[], text: string, gazetteer: Gazetteer): PersonRef | undefined {
  if (p.script === 'latin' || p.parts.length > 1) return undefined;
  // One kanji (孫, 李) is a family name only with a title or honorific after it (孫氏).
  if (p.name.length < 2 && !p.c.title && !gazetteer.titleJaAt(text, p.c.end)) return undefined;
  let found: PersonRef | undefined;
  for (const q of persons) {
    if (!q.entity || q.script !== 'other' || q.name.length <= p.name.length || !q.name.startsWith(p.name)) continue;
    const next = q.name.charCodeAt(p.name.length);
    if (isNameDot(next) || (p.script === 'kana' && isKatakana(next))) continue;
    if (found && found.entity !== q.entity) return undefined;
    found ??= q;
  }
  return found;
}

/**
 * A bare surname the gazetteer knows (Johnson, ジョンソン) means the known person only with support:
 * a title the person holds (ジョンソン首相), or the country or organization of that role named in the
 * same text (英国 … ジョンソン). Otherwise it is some other Johnson.
 */
function knownBySurname(p: PersonRef, docTexts: DocumentText[], gazetteer: Gazetteer): boolean {
  if (!p.c.surnameOnly) return true;
  const known = gazetteer.entity(p.c.entityIds![0]!);
  if (!known) return false;
  if (holdsKnownTitle(p, gazetteer)) return true;
  const ofIds = new Set(known.roles.map((r) => r.of).filter((x): x is string => x !== null));
  return docTexts[p.t]!.candidates.some((c) => c.entityIds?.some((id) => ofIds.has(id)));
}

/** The title beside a bare surname the gazetteer knows is one its person holds (ジョンソン首相). */
function holdsKnownTitle(p: PersonRef, gazetteer: Gazetteer): boolean {
  const title = p.c.title?.title;
  const known = p.c.surnameOnly && p.c.entityIds ? gazetteer.entity(p.c.entityIds[0]!) : undefined;
  return !!title && !!known && known.roles.some((r) => r.title === title.en || (r.titleJa !== null && r.titleJa === title.ja));
}

/**
 * A bare last name (カービー, Johnson) that no rule caught joins the full name seen in the document;
 * so does a Japanese family name (野村) that joined its full name elsewhere in the document.
 */
function addPartialNames(
  docTexts: DocumentText[],
  mentionsByText: Array<Array<{ c: Candidate; entity: Entity }>>,
  persons: PersonRef[],
  familyNames: ReadonlyMap<string, Entity>,
): void {
  const lastNames = new Map<string, Entity>();
  for (const p of persons) if (p.parts.length > 1 && p.entity) lastNames.set(p.parts[p.parts.length - 1]!, p.entity);
  for (const [name, entity] of familyNames) if (!lastNames.has(name)) lastNames.set(name, entity);
  if (lastNames.size === 0) return;
  docTexts.forEach(({ text }, t) => {
    const taken = mentionsByText[t]!;
    for (const [last, entity] of lastNames) {
      const latin = scriptOf(last) === 'latin';
      // A kanji family name inside a longer kanji word (野村 in 北野村) is not the name.
      const kanjiFirst = isKanji(last.charCodeAt(0));
      const kanjiLast = isKanji(last.charCodeAt(last.length - 1));
      for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + last.length)) {
        const end = at + last.length;
        const before = text.charCodeAt(at - 1);
        const after = text.charCodeAt(end);
        const bounded = latin
          ? !isWordChar(before) && !isWordChar(after) && isUpper(last.charCodeAt(0))
          : !isKatakana(before) && !isNameDot(before) && !isKatakana(after) && !isNameDot(after) && !(kanjiFirst && isKanji(before)) && !(kanjiLast && isKanji(after));
        if (!bounded || taken.some((m) => at < m.c.end && m.c.start < end)) continue;
        taken.push({ c: { start: at, end, kind: 'person', tier: 0 }, entity });
      }
    }
  });
}

const OF_LINK_JA = new Set(['', 'の']);
const OF_LINK_EN = new Set([' ', "'s ", '’s ']);
const OF_AFTER = new Set([' of ', ' of the ', ', ', ' at ', ' at the ']);

const MAX_OF_AFTER = Math.max(...[...OF_AFTER].map((x) => x.length));
const MAX_OF_LINK = Math.max(...[...OF_LINK_JA, ...OF_LINK_EN].map((x) => x.length));

function rolesOf(text: string, lang: Lang, list: Array<{ c: Candidate; entity: Entity }>, gazetteer: Gazetteer): Role[] {
  const roles: Role[] = [];
  // Mentions by where they start and end, so a title looks only at the few characters around it:
  // reading every mention for every title (and slicing the text between them) was quadratic.
  const startsAt = new Map<number, number[]>();
  const endsAt = new Map<number, number[]>();
  list.forEach(({ c }, i) => {
    (startsAt.get(c.start) ?? startsAt.set(c.start, []).get(c.start)!).push(i);
    (endsAt.get(c.end) ?? endsAt.set(c.end, []).get(c.end)!).push(i);
  });
  /** The first mention, in list order, among those at positions from..to of `index` that passes `test`. */
  const firstNear = (index: Map<number, number[]>, from: number, to: number, test: (o: Candidate, e: Entity) => boolean) => {
    let best = -1;
    for (let at = from; at <= to; at++) {
      for (const i of index.get(at) ?? []) if ((best < 0 || i < best) && test(list[i]!.c, list[i]!.entity)) best = i;
    }
    return best < 0 ? undefined : list[best];
  };
  for (const { c, entity } of list) {
    const title = c.title;
    if (entity.kind !== 'person' || !title || title.title.honorific) continue;
    // The country or organization right before the name (英国のジョンソン首相) or the title (U.S. Secretary of State …).
    const anchor = title.start < c.start ? title.start : c.start;
    // …or right after the name: "Lt. Gen. John Smith of the U.S. Army".
    const after = firstNear(startsAt, c.end, c.end + MAX_OF_AFTER, (o, e) => (e.kind === 'country' || e.kind === 'organization') && OF_AFTER.has(text.slice(c.end, o.start)));
    const before = firstNear(endsAt, anchor - MAX_OF_LINK, anchor, (o, e) => {
      if ((e.kind !== 'country' && e.kind !== 'organization') || o.end > anchor) return false;
      const link = text.slice(o.end, anchor);
      return lang === 'ja' || /[\u3040-\u30ff\u4e00-\u9fff]/.test(text.slice(o.end, anchor)) ? OF_LINK_JA.has(link) : OF_LINK_EN.has(link);
    });
    const known = gazetteer.entity(entity.id)?.roles.find((r) => r.title === title.title.en || (r.titleJa !== null && r.titleJa === title.title.ja));
    const of = before ?? after;
    const ofId = of?.entity.id ?? title.title.of ?? known?.of ?? null;
    roles.push({
      personId: entity.id,
      title: title.title.en,
      titleJa: title.title.ja,
      ofId,
      start: Math.min(of?.c.start ?? c.start, c.start, title.start),
      end: Math.max(c.end, title.end, of?.c.end ?? 0),
    });
  }
  return roles;
}
