/** Selection: the entity clicked (the panel shows it) and the one under the pointer. Pure producers. */
export interface SelectionState {
  selected: string | null;
  hovered: string | null;
}

export const INITIAL_SELECTION: SelectionState = { selected: null, hovered: null };

export function select(state: SelectionState, id: string | null): SelectionState {
  return state.selected === id ? state : { ...state, selected: id };
}

export function hover(state: SelectionState, id: string | null): SelectionState {
  return state.hovered === id ? state : { ...state, hovered: id };
}
