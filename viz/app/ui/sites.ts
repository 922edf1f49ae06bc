/** The source filter: one checkbox per publisher of the loaded articles. */
import { clear, el } from '../dom.js';

export function renderSites(list: HTMLElement, sites: readonly string[], selected: readonly string[] | null, onToggle: (site: string) => void): void {
  clear(list);
  if (sites.length === 0) {
    list.append(el('li', { class: 'meta' }, ['No publisher recorded in these articles.']));
    return;
  }
  for (const site of sites) {
    const box = el('input', { attrs: { type: 'checkbox', 'data-site': site } });
    box.checked = selected === null || selected.includes(site);
    box.addEventListener('change', () => onToggle(site));
    list.append(el('li', {}, [el('label', {}, [box, ' ', site])]));
  }
}
