/**
 * Places used as modifiers inside a longer word: アフリカ系, 沖縄戦, ドイツ選手権, 日本基督教団. A
 * dictionary or rule finds the place, but the word it sits in names no place. The statistical
 * tagger read the context: when it marks none of the place's characters, and the place is glued to
 * a following kanji or katakana (one compound) and lies inside no longer rule or dictionary
 * mention (米軍 keeps its 米 nested), and the word after it is not one that still speaks of the
 * place (空港, 市内, 北部: PLACE_HEADS), the place is dropped.
 * One-kanji country abbreviations (日米, 訪米, 米軍) have their own rule and stay.
 * A place that opens a longer person the tagger read (兵庫慎司, 奈良竜樹: surnames that are place
 * names) goes too, so the person stands.
 */
import type { Candidate } from '../candidate.js';
import type { TaggedSpan } from '../index.js';
import { isKanji, isKatakana } from '../text/scripts.js';

const isPlace = (c: Candidate) => c.kind === 'country' || c.kind === 'location';

/** Words after a place that still speak of the place itself (カブール空港, 東京都内, シリア北部): it stays. */
const PLACE_HEADS = ['空港', '港', '駅', '市', '州', '県', '区', '郡', '町', '村', '都', '府', '郊外', '近郊', '周辺', '北部', '南部', '東部', '西部', '中部', '中心部', '沖', '上空', '国内', '国境', '国外', '全土', '各地', '当局', '入り', '入国', '出国', '訪問', '滞在'];
const PLACE_HEAD_FIRST = new Set(PLACE_HEADS.map((h) => h.charCodeAt(0)));

export function withoutUntaggedModifiers(text: string, candidates: Candidate[], tagged: readonly TaggedSpan[]): Candidate[] {
  const byTagger = new Uint8Array(text.length + 1);
  const personEndAt = new Int32Array(text.length + 1);
  for (const t of tagged) {
    byTagger.fill(1, t.start, t.end);
    if (t.type === 'person') personEndAt[t.start] = Math.max(personEndAt[t.start]!, t.end);
  }
  // Whether a longer candidate holds a span: the furthest end of the candidates starting at each
  // char, and of those starting before it (one pass, not every pair).
  const endAt = new Int32Array(text.length + 1);
  for (const o of candidates) if (o.end > endAt[o.start]!) endAt[o.start] = o.end;
  const endBefore = new Int32Array(text.length + 1);
  for (let i = 1; i <= text.length; i++) endBefore[i] = Math.max(endBefore[i - 1]!, endAt[i - 1]!);
  return candidates.filter((c) => {
    if (!isPlace(c) || c.end - c.start < 2) return true;
    const next = text.charCodeAt(c.end);
    if (!(isKanji(next) || isKatakana(next))) return true;
    if (personEndAt[c.start]! > c.end) return false;
    for (let i = c.start; i < c.end; i++) if (byTagger[i] === 1) return true;
    if (PLACE_HEAD_FIRST.has(next) && PLACE_HEADS.some((h) => text.startsWith(h, c.end))) return true;
    return endBefore[c.start]! >= c.end || endAt[c.start]! > c.end;
  });
}
