import type { EntityKind } from '../../types.js';

/** A role a known person holds, as the people gazetteer states it. */
export interface KnownRole {
  title: string;
  titleJa: string | null;
  of: string | null;
}

/** One real-world thing the gazetteers know. */
export interface GazetteerEntity {
  id: string;
  kind: EntityKind;
  name: string;
  nameJa: string | null;
  aliases: string[];
  /** The country it belongs to, as an ISO code (for organizations, sources, locations). */
  country: string | null;
  /** For countries: the short English form used in derived names (U.S. military). */
  short: string | null;
  roles: KnownRole[];
}

/** A title or honorific: 大統領 / President, 氏 / Mr. */
export interface Title {
  ja: string | null;
  en: string | null;
  /** 氏, さん, Mr.: marks a person but is no role. */
  honorific: boolean;
  /** The country or organization the title implies (国務長官 → country:US). */
  of: string | null;
}

/** What one dictionary surface stands for. */
export interface SurfaceEntry {
  surface: string;
  /** Usually one; more when the surface is ambiguous (Georgia, Jordan). */
  entityIds: string[];
  /** Short all-caps acronyms (US, UN, AP) must match with their exact case. */
  exactCase: boolean;
  /** A surname alone (Johnson, ジョンソン) stands for a known person only when nothing else claims it. */
  surnameOnly: boolean;
}

export interface GazetteerMatch {
  start: number;
  end: number;
  entry: SurfaceEntry;
}
