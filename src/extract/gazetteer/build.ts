/**
 * Builds the gazetteer from the raw fact files: every surface form of every entity goes into one
 * character trie over folded text, walked from each word or token start, so a text is read once
 * whatever the number of entries. (An Aho–Corasick automaton segmenting graphemes cost more than
 * kuromoji's whole tokenization on Japanese; starts at word boundaries are all we need.)
 */
import { fold, isJapanese, isLatinLetter, isUpper, isWordChar, latinBoundaries } from '../text/scripts.js';
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
  private readonly maxTitleJa: number;
  /** First characters of Japanese titles: most places after a word start none. */
  readonly titleFirstCharsJa = new Set<number>();
  /** English titles by folded surface without periods, up to four words (secretary of state, rear adm). */
  readonly titlesEn = new Map<string, Title>();
  /** First words of English titles, for a quick no at most words. */
  readonly titleFirstWordsEn = new Set<string>();
  private readonly surfaces = new Map<string, SurfaceEntry>();
  private readonly trie: TrieNode = { next: new Map(), entry: null };

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
        this.titleFirstCharsJa.add(t.ja.charCodeAt(0));
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
    for (const entry of this.surfaces.values()) insert(this.trie, fold(entry.surface), entry);
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

  /** The longest Japanese title that starts at `at` (大統領, 海軍少将, さん), and where it ends. */
  titleJaAt(text: string, at: number): { title: Title; end: number } | null {
    // Most names are followed by no title: one set lookup turns them away before any slicing.
    if (!this.titleFirstCharsJa.has(text.charCodeAt(at))) return null;
    for (let len = Math.min(this.maxTitleJa, text.length - at); len > 0; len--) {
      const title = this.titlesJa.get(text.slice(at, at + len));
      if (title) return { title, end: at + len };
    }
    return null;
  }

  /** The entry for an exact surface (folded), if the gazetteers know it. */
  lookup(surface: string): SurfaceEntry | undefined {
    return this.surfaces.get(surface) ?? this.surfaces.get(fold(surface));
  }

  /**
   * Every dictionary surface in the text that starts at a word start (or at any Japanese character),
   * sits on Latin word boundaries when it is Latin, has the right case, and is capitalized where
   * English needs it. `folded` is fold(text), passed in when the caller already has it.
   */
  scan(text: string, folded: string = fold(text)): GazetteerMatch[] {
    const starts: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isJapanese(c) || (isWordChar(c) && (i === 0 || !isWordChar(text.charCodeAt(i - 1))))) starts.push(i);
    }
    return this.scanFrom(text, folded, starts);
  }

  /** The same, walking the trie only from the given starts (kuromoji's token starts). */
  scanFrom(text: string, folded: string, starts: Iterable<number>): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (const start of starts) {
      let node: TrieNode | undefined = this.trie;
      for (let i = start; i < folded.length; i++) {
        node = node.next?.get(folded[i]!);
        if (!node) break;
        if (node.entry && this.accept(text, start, i + 1, node.entry)) out.push({ start, end: i + 1, entry: node.entry });
      }
    }
    return out;
  }

  private accept(text: string, start: number, end: number, entry: SurfaceEntry): boolean {
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    if (!isLatinLetter(first) && !isLatinLetter(last)) return true;
    if (!latinBoundaries(text, start, end)) return false;
    if (entry.exactCase) return text.slice(start, end) === entry.surface;
    // "china", "turkey", "the guardian" in running text are not the names; "al-Qaeda" is written so.
    if (isLatinLetter(first) && !isUpper(first)) return !isUpper(entry.surface.charCodeAt(0)) && text.slice(start, end) === entry.surface;
    return true;
  }
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  entry: SurfaceEntry | null;
}

function insert(root: TrieNode, key: string, entry: SurfaceEntry): void {
  let node = root;
  for (const ch of key.split('')) {
    node.next ??= new Map();
    let child = node.next.get(ch);
    if (!child) {
      child = { next: null, entry: null };
      node.next.set(ch, child);
    }
    node = child;
  }
  node.entry ??= entry;
}
