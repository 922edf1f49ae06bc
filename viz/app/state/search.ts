/** Search: what was typed and what the API found. Pure producers. */
import type { SearchHit } from '../../shared/api-types.js';

export interface SearchState {
  text: string;
  status: 'idle' | 'searching' | 'done' | 'error';
  hits: readonly SearchHit[];
  message: string | null;
}

export const INITIAL_SEARCH: SearchState = { text: '', status: 'idle', hits: [], message: null };

export function searchStarted(state: SearchState, text: string): SearchState {
  return { ...state, text, status: 'searching', message: null };
}

/** Results for an older text are dropped: the user has typed on since. */
export function searchFinished(state: SearchState, text: string, hits: readonly SearchHit[]): SearchState {
  if (text !== state.text) return state;
  return { ...state, status: 'done', hits, message: hits.length === 0 ? `Nothing found for "${text}".` : null };
}

export function searchFailed(state: SearchState, text: string, message: string): SearchState {
  if (text !== state.text) return state;
  return { ...state, status: 'error', hits: [], message };
}

export function searchCleared(): SearchState {
  return INITIAL_SEARCH;
}

/** A hit was picked: the list closes, the text stays in the box. */
export function hitChosen(state: SearchState): SearchState {
  return { ...state, status: 'idle', hits: [], message: null };
}
