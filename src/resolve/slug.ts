/** Stable id parts from names: Latin names become lowercase-hyphen slugs, others keep their script. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** person:boris-johnson for Latin names, person:ja:ピーター・ベイズリー for names known only in Japanese. */
export function entityId(prefix: string, name: string): string {
  const s = slug(name);
  return /[a-z]/.test(s) && !/[^\x00-\x7f]/.test(name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) ? `${prefix}:${s}` : `${prefix}:ja:${name}`;
}
