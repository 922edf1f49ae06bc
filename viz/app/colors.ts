/** Colors: one per entity kind (the legend), a palette for communities, and the muted grey. */
import type { EntityKind } from '../shared/api-types.js';

export const KIND_COLORS: Record<EntityKind, string> = {
  person: '#e4572e',
  country: '#2e86de',
  location: '#17a398',
  organization: '#8e44ad',
  source: '#f2a541',
};

export const KIND_LABELS: Record<EntityKind, { en: string; ja: string }> = {
  person: { en: 'Person', ja: '人物' },
  country: { en: 'Country', ja: '国' },
  location: { en: 'Location', ja: '地域' },
  organization: { en: 'Organization', ja: '組織' },
  source: { en: 'Source', ja: '情報源' },
};

const COMMUNITY_PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939'];

export const MUTED_NODE = '#d9dce1';
export const EDGE_COLOR = '#b8bec8';
export const EDGE_FOCUS_COLOR = '#5b6472';

export function communityColor(community: number | undefined): string {
  if (community === undefined) return '#999999';
  return COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length]!;
}
