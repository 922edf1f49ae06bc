/** Stable id parts from names: Latin names become lowercase-hyphen slugs, others keep their script. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longer ids are cut and suffixed with a hash: Neo4j cannot index a key of ~8 KB or more. */
export const MAX_ENTITY_ID_LENGTH = 200;

/** FNV-1a, 32 bits, as 8 hex digits: enough to keep cut ids of different names apart. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** person:boris-johnson for Latin names, person:ja:ピーター・ベイズリー for names known only in Japanese. */
export function entityId(prefix: string, name: string): string {
  const s = slug(name);
  const id = /[a-z]/.test(s) && !/[^\x00-\x7f]/.test(name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) ? `${prefix}:${s}` : `${prefix}:ja:${name}`;
  return boundedId(id);
}

/** An id cut to `max` characters, with a hash of the whole so cut ids stay apart. */
export function boundedId(id: string, max = MAX_ENTITY_ID_LENGTH): string {
  return id.length <= max ? id : `${id.slice(0, max - 9)}~${fnv1a(id)}`;
}
