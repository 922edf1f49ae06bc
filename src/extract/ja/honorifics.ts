/**
 * A place before an honorific is a person's family name (横浜さん, 広島氏): many Japanese surnames
 * are place names, and the tagger reads them as the place, or as the team named after it (横浜,
 * which resolution then turns into the city). The rules already leave such places out
 * (ja/candidates.ts); this retypes the tagger's unbacked ones. Other organizations keep their type:
 * ドコモさん is how business Japanese names a company.
 */
import { isBacked, type Candidate } from '../candidate.js';
import type { Gazetteer } from '../gazetteer/build.js';

export function placesBeforeHonorificsArePeople(text: string, candidates: Candidate[], gazetteer: Gazetteer): Candidate[] {
  return candidates.map((c) => {
    if (isBacked(c) || (c.kind !== 'location' && c.kind !== 'organization')) return c;
    if (!gazetteer.titleJaAt(text, c.end)?.title.honorific) return c;
    const known = gazetteer.lookup(text.slice(c.start, c.end));
    const place = c.kind === 'location' || (known?.entityIds.every((id) => id.startsWith('location:')) ?? false);
    return place ? { ...c, kind: 'person' } : c;
  });
}
