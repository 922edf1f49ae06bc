/** Appearance: how entities are drawn. Pure producers. */
export type LabelLang = 'en' | 'ja';
export type ColorBy = 'kind' | 'community';

export interface AppearanceState {
  labelLang: LabelLang;
  colorBy: ColorBy;
}

export const INITIAL_APPEARANCE: AppearanceState = { labelLang: 'en', colorBy: 'kind' };

export function toggleLabelLang(state: AppearanceState): AppearanceState {
  return { ...state, labelLang: state.labelLang === 'en' ? 'ja' : 'en' };
}

export function setColorBy(state: AppearanceState, colorBy: ColorBy): AppearanceState {
  return state.colorBy === colorBy ? state : { ...state, colorBy };
}
