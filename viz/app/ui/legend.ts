/** The legend: one row per kind with its color and count; the checkbox is the kind filter. */
import { ENTITY_KINDS } from '../../../src/types.js';
import type { EntityKind } from '../../shared/api-types.js';
import { KIND_COLORS, KIND_LABELS } from '../colors.js';
import { clear, el } from '../dom.js';

export function renderLegend(
  list: HTMLElement,
  counts: ReadonlyMap<EntityKind, number>,
  hidden: readonly EntityKind[],
  lang: 'en' | 'ja',
  onToggle: (kind: EntityKind) => void,
  communities: number | null = null,
): void {
  clear(list);
  if (communities !== null) {
    // Colored by community, the dots below no longer match the nodes: say so.
    list.append(el('li', { class: 'meta', attrs: { id: 'community-note' } }, [`Colors: ${communities} Louvain communities. Kinds still filter:`]));
  }
  for (const kind of ENTITY_KINDS) {
    const box = el('input', { attrs: { type: 'checkbox', 'data-kind': kind } });
    box.checked = !hidden.includes(kind);
    box.addEventListener('change', () => onToggle(kind));
    const dot = el('span', { class: 'kind-dot' });
    dot.style.background = KIND_COLORS[kind];
    list.append(el('li', {}, [el('label', {}, [box, ' ', dot, KIND_LABELS[kind][lang], ` (${counts.get(kind) ?? 0})`])]));
  }
}
