/** Layout: whether the live ForceAtlas2 refine runs. Pure producers; refine.ts is the binding. */
export interface LayoutState {
  refining: boolean;
}

export const INITIAL_LAYOUT: LayoutState = { refining: false };

export function setRefining(state: LayoutState, refining: boolean): LayoutState {
  return state.refining === refining ? state : { refining };
}
