/**
 * Known media outlets (data/gazetteers/sources.json), so a cited title or URL can name its outlet
 * even when the article body never mentions it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/settings.js';
import type { Entity } from '../src/types.js';

interface GazetteerSource {
  id: string;
  name: string;
  nameJa: string | null;
  aliases: string[];
}

let outlets: Entity[] | undefined;

export function knownOutlets(): readonly Entity[] {
  outlets ??= (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data', 'gazetteers', 'sources.json'), 'utf8')) as GazetteerSource[]).map((s) => ({
    id: s.id,
    kind: 'source' as const,
    name: s.name,
    nameEn: s.name,
    nameJa: s.nameJa,
    aliases: s.aliases,
  }));
  return outlets;
}
