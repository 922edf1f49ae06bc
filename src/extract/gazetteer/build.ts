/**
 * Builds the gazetteer from the raw fact files: every surface form of every entity goes into one
 * Aho–Corasick automaton over folded text, so a text is scanned once whatever the number of entries.
 */
import AhoCorasick from 'modern-ahocorasick';
import { fold, isLatinLetter, isUpper, latinBoundaries } from '../text/scripts.js';
import type { GazetteerEntity, GazetteerMatch, KnownRole, SurfaceEntry, Title } from './types.js';
import type { EntityKind } from '../../types.js';

export interface CountryRecord {
  code: string;
  name: string;
  nameJa: string | null;
  short: string | null;
  aliasesEn: string[];
  aliasesJa: string[];
  abbr: string[];
}

export interface EntityRecord {
  id: string;
  name: string;
  nameJa: string | null;
  aliases: string[];
  country?: string;
  surnames?: string[];
  roles?: Array<{ title: string; titleJa?: string | null; of?: string | null }>;
}

export interface TitleRecord {
  ja: string | null;
  en: string | null;
  aliasesEn?: string[];
  honorific?: boolean;
  of?: string;
}

export interface GazetteerSources {
  countries: CountryRecord[];
  organizations: EntityRecord[];
  sources: EntityRecord[];
  locations: EntityRecord[];
  people: EntityRecord[];
  titles: TitleRecord[];
}

/** A surface written with Latin capitals only, short enough to be an everyday word in lower case. */
const isAcronym = (s: string): boolean => s.length <= 5 && /^[A-Z.\-&]+$/.test(s);

export class Gazetteer {
  readonly entities = new Map<string, GazetteerEntity>();
  /** One-kanji (or one-katakana) country abbreviations: 米 → US. */
  readonly countryAbbr = new Map<string, string>();
  /** Japanese titles by surface, for a longest-match look-up right after a name. */
  readonly titlesJa = new Map<string, Title>();
  readonly maxTitleJa: number;
  /** English titles by folded surface without periods, up to four words (secretary of state, rear adm). */
  readonly titlesEn = new Map<string, Title>();
  /** First words of English titles, for a quick no at most words. */
  readonly titleFirstWordsEn = new Set<string>();
  private readonly surfaces = new Map<string, SurfaceEntry>();
  private readonly matcher: AhoCorasick<SurfaceEntry>;

  constructor(src: GazetteerSources) {
    for (const c of src.countries) {
      this.addEntity(
        {
          id: `country:${c.code}`,
          kind: 'country',
          name: c.name,
          nameJa: c.nameJa,
          aliases: [...c.aliasesEn, ...c.aliasesJa],
          country: c.code,
          short: c.short,
          roles: [],
        },
        [],
      );
      for (const a of c.abbr) this.countryAbbr.set(a, `country:${c.code}`);
    }
    const add = (records: EntityRecord[], kind: EntityKind) => {
      for (const r of records) {
        const roles: KnownRole[] = (r.roles ?? []).map((x) => ({ title: x.title, titleJa: x.titleJa ?? null, of: x.of ?? null }));
        this.addEntity(
          { id: r.id, kind, name: r.name, nameJa: r.nameJa, aliases: r.aliases, country: r.country ?? null, short: null, roles },
          r.surnames ?? [],
        );
      }
    };
    add(src.organizations, 'organization');
    add(src.sources, 'source');
    add(src.locations, 'location');
    add(src.people, 'person');
    let maxJa = 0;
    for (const t of src.titles) {
      const title: Title = { ja: t.ja, en: t.en, honorific: t.honorific === true, of: t.of ?? null };
      if (t.ja) {
        this.titlesJa.set(t.ja, title);
        maxJa = Math.max(maxJa, t.ja.length);
      }
      // Only the written forms (President, Rear Adm.): the plain English ("player") is an ordinary word.
      // The first record of a title wins (首相 before 総理大臣 for "Prime Minister").
      for (const a of t.aliasesEn ?? []) {
        // Keys without periods: compromise gives "Adm" for "Adm." and "Lt" for "Lt.".
        const key = fold(a).replace(/\./g, '');
        if (!this.titlesEn.has(key)) this.titlesEn.set(key, title);
        this.titleFirstWordsEn.add(key.split(' ')[0]!);
      }
    }
    this.maxTitleJa = maxJa;
    this.matcher = new AhoCorasick([...this.surfaces.values()].map((entry) => ({ pattern: fold(entry.surface), data: entry })));
  }

  private addEntity(e: GazetteerEntity, surnames: string[]): void {
    this.entities.set(e.id, e);
    const names = new Set([e.name, ...(e.nameJa ? [e.nameJa] : []), ...e.aliases]);
    for (const s of names) this.addSurface(s, e.id, false);
    for (const s of surnames) this.addSurface(s, e.id, true);
  }

  private addSurface(surface: string, id: string, surnameOnly: boolean): void {
    if (surface.length === 0) return;
    const key = isAcronym(surface) ? surface : fold(surface);
    const existing = this.surfaces.get(key);
    if (existing) {
      if (!existing.entityIds.includes(id)) existing.entityIds.push(id);
      return;
    }
    this.surfaces.set(key, { surface, entityIds: [id], exactCase: isAcronym(surface), surnameOnly });
  }

  entity(id: string): GazetteerEntity | undefined {
    return this.entities.get(id);
  }

  /** The entry for an exact surface (folded), if the gazetteers know it. */
  lookup(surface: string): SurfaceEntry | undefined {
    return this.surfaces.get(surface) ?? this.surfaces.get(fold(surface));
  }

  /**
   * Every dictionary surface in the text, longest first at each start, that sits on Latin word
   * boundaries when it is Latin, has the right case, and is capitalized where English needs it.
   * `folded` is fold(text), passed in when the caller already has it.
   */
  scan(text: string, folded: string = fold(text)): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (const hit of this.matcher.search(folded)) {
      const entry = hit.data as SurfaceEntry;
      const { start, end } = hit;
      const first = text.charCodeAt(start);
      const last = text.charCodeAt(end - 1);
      if (isLatinLetter(first) || isLatinLetter(last)) {
        if (!latinBoundaries(text, start, end)) continue;
        if (entry.exactCase) {
          if (text.slice(start, end) !== entry.surface) continue;
        } else if (isLatinLetter(first) && !isUpper(first)) {
          // "china", "turkey", "the guardian" in running text are not the names.
          if (!(isUpper(entry.surface.charCodeAt(0)) === false && text.slice(start, end) === entry.surface)) continue;
        }
      }
      out.push({ start, end, entry });
    }
    return out;
  }
}
