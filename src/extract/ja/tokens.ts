/** kuromoji tokens with their offsets in the text: computed once, used by every rule. */
import type kuromoji from 'kuromoji';

export interface JaToken {
  start: number;
  end: number;
  surface: string;
  pos: string;
  pos1: string;
  pos2: string;
  pos3: string;
  unknown: boolean;
}

export function positionTokens(text: string, raw: kuromoji.IpadicFeatures[]): JaToken[] {
  const out: JaToken[] = new Array(raw.length);
  let cursor = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    // kuromoji's word_position drifts after some characters; the running sum of surfaces does not.
    const start = text.startsWith(r.surface_form, cursor) ? cursor : Math.max(cursor, text.indexOf(r.surface_form, cursor));
    const end = start + r.surface_form.length;
    cursor = end;
    out[i] = {
      start,
      end,
      surface: r.surface_form,
      pos: r.pos,
      pos1: r.pos_detail_1,
      pos2: r.pos_detail_2,
      pos3: r.pos_detail_3,
      unknown: r.word_type === 'UNKNOWN',
    };
  }
  return out;
}
