/** Entities from gazetteer ids, derived ids (org:am-military) and names the gazetteers do not know. */
import type { Gazetteer } from '../extract/gazetteer/build.js';
import type { Entity, EntityKind } from '../types.js';
import { entityId } from './slug.js';

const PREFIX: Record<EntityKind, string> = { person: 'person', country: 'country', location: 'location', organization: 'org', source: 'source' };
const DERIVED = /^org:([a-z]{2})-(military|government)$/;

export class EntityRegistry {
  private readonly byId = new Map<string, Entity>();
  constructor(private readonly gazetteer: Gazetteer) {}

  all(): Entity[] {
    return [...this.byId.values()];
  }

  /** The entity for a known or derived id, created on first use; `surface` is added to its aliases. */
  byKnownId(id: string, surface: string): Entity | null {
    let e = this.byId.get(id);
    if (!e) {
      const g = this.gazetteer.entity(id);
      if (g) {
        e = { id, kind: g.kind, name: g.name, nameEn: g.name, nameJa: g.nameJa, aliases: [...new Set([g.name, ...(g.nameJa ? [g.nameJa] : []), ...g.aliases])] };
      } else {
        const m = DERIVED.exec(id);
        const country = m ? this.gazetteer.entity(`country:${m[1]!.toUpperCase()}`) : undefined;
        if (!m || !country) return null;
        const what = m[2]!;
        const name = what === 'military' ? `${country.short ?? country.name} military` : `Government of ${country.name}`;
        e = { id, kind: 'organization', name, nameEn: name, nameJa: null, aliases: [name] };
      }
      this.byId.set(id, e);
    }
    this.addAlias(e, surface);
    if (!e.nameJa && /[^\x00-\x7f]/.test(surface) && e.kind !== 'person') e.nameJa = surface;
    return e;
  }

  /** An entity for a name no gazetteer knows: Latin names get a slug, others keep their own script. */
  byName(kind: EntityKind, name: string, nameJa: string | null = null): Entity {
    const id = entityId(PREFIX[kind], name);
    let e = this.byId.get(id);
    if (!e) {
      const latin = !id.includes(':ja:');
      e = { id, kind, name, nameEn: latin ? name : null, nameJa: latin ? nameJa : name, aliases: [] };
      this.byId.set(id, e);
    }
    this.addAlias(e, name);
    if (nameJa) {
      this.addAlias(e, nameJa);
      e.nameJa ??= nameJa;
    }
    return e;
  }

  /** An entity with an id made by the caller (org:joe-biden-administration). */
  byOwnId(id: string, kind: EntityKind, name: string, nameJa: string | null, surface: string): Entity {
    let e = this.byId.get(id);
    if (!e) {
      e = { id, kind, name, nameEn: /[^\x00-\x7f]/.test(name) ? null : name, nameJa, aliases: [] };
      this.byId.set(id, e);
    }
    this.addAlias(e, surface);
    return e;
  }

  addAlias(e: Entity, surface: string): void {
    if (surface && !e.aliases.includes(surface)) e.aliases.push(surface);
  }
}
