/** The explorer's state, one slice per concern. */
import { INITIAL_APPEARANCE, type AppearanceState } from './appearance.js';
import { INITIAL_FILTERS, type FiltersState } from './filters.js';
import { INITIAL_LAYOUT, type LayoutState } from './layout.js';
import { INITIAL_SEARCH, type SearchState } from './search.js';
import { INITIAL_SELECTION, type SelectionState } from './selection.js';

export interface AppState {
  filters: FiltersState;
  appearance: AppearanceState;
  search: SearchState;
  selection: SelectionState;
  layout: LayoutState;
}

export const INITIAL_STATE: AppState = {
  filters: INITIAL_FILTERS,
  appearance: INITIAL_APPEARANCE,
  search: INITIAL_SEARCH,
  selection: INITIAL_SELECTION,
  layout: INITIAL_LAYOUT,
};

/** Lifts a slice producer to the whole state, keeping identity when the slice did not change. */
export function on<K extends keyof AppState>(key: K, producer: (slice: AppState[K]) => AppState[K]): (state: AppState) => AppState {
  return (state) => {
    const next = producer(state[key]);
    return next === state[key] ? state : { ...state, [key]: next };
  };
}
