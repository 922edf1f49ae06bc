/** The search box: asks the API as the user types, lists the hits, Enter picks the first one. */
import type { SearchHit } from '../../shared/api-types.js';
import { ApiRequestError, api } from '../api-client.js';
import { KIND_COLORS } from '../colors.js';
import { byId, clear, el } from '../dom.js';
import { hitChosen, searchCleared, searchFailed, searchFinished, searchStarted } from '../state/search.js';
import { on, type AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';

const DEBOUNCE_MS = 200;

export function bindSearch(store: Store<AppState>, pick: (hit: SearchHit) => void): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId('search-results');
  const message = byId('search-message');
  let timer: ReturnType<typeof setTimeout> | undefined;

  const searchNow = async (text: string): Promise<readonly SearchHit[]> => {
    store.update(on('search', (s) => searchStarted(s, text)));
    try {
      const hits = await api.search(text);
      store.update(on('search', (s) => searchFinished(s, text, hits)));
      return hits;
    } catch (error) {
      const reason = error instanceof ApiRequestError ? error.message : 'The search failed.';
      store.update(on('search', (s) => searchFailed(s, text, reason)));
      return [];
    }
  };
  const choose = (hit: SearchHit) => {
    store.update(on('search', hitChosen));
    pick(hit);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === '') {
      store.update(on('search', searchCleared));
      return;
    }
    timer = setTimeout(() => void searchNow(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', async (event) => {
    if (event.key === 'Escape') {
      store.update(on('search', searchCleared));
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === '') return;
    const state = store.get().search;
    const hits = state.text === text && state.status === 'done' ? state.hits : await searchNow(text);
    if (hits[0]) choose(hits[0]);
  });

  store.subscribe((state, previous) => {
    if (state.search === previous.search && state.appearance === previous.appearance) return;
    const lang = state.appearance.labelLang;
    clear(list);
    message.textContent = state.search.message ?? '';
    if (document.activeElement !== input && state.search.status !== 'done') return;
    for (const hit of state.search.hits) {
      const dot = el('span', { class: 'kind-dot' });
      dot.style.background = KIND_COLORS[hit.kind];
      const name = (lang === 'ja' ? hit.nameJa : hit.nameEn) ?? hit.name;
      const other = lang === 'ja' ? hit.nameEn : hit.nameJa;
      list.append(
        el('li', {}, [
          el('button', { attrs: { type: 'button', 'data-id': hit.id }, on: { click: () => choose(hit) } }, [dot, name, other && other !== name ? ` · ${other}` : '']),
        ]),
      );
    }
  });
}
