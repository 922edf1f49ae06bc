/**
 * One-kanji country abbreviations inside compounds: 米軍, 日米, 中ロ, 米英, 英首相, 訪米, 在日米軍.
 * A lone 米 is rice and 日 is a day, so an abbreviation counts only where a compound says so.
 */
import type { Gazetteer } from '../gazetteer/build.js';
import { isDigit, isKanji, isKatakana, isLatinLetter } from '../text/scripts.js';
import type { JaToken } from './tokens.js';

/** Kanji that take a country abbreviation after them: 訪米 (visit the U.S.), 来日, 駐日, 対中, 反米… */
const PREFIXES = new Set([...'訪来駐対親反在離滞渡帰知嫌抗']);
/** Abbreviations that are everyday kanji too; they count only next to another abbreviation or a prefix. */
const AMBIGUOUS = new Set([...'中西台比加土伯印越宇墨蘭伊ロ']);
/** Pairs that are words of their own: 日中 (daytime), 中米 (Central America), 西日 (evening sun). */
const DENY_PAIRS = new Set(['日中', '中日', '日西', '米西']);
const HARD_DENY = new Set(['中米', '西日', '南米', '北米']);
/**
 * Names of wars and treaties built on abbreviations (日露戦争, 日中戦争, 日米安全保障条約) are names of
 * their own, not mentions of the countries; neither gold set marks the countries there.
 */
const EVENT_HEADS = ['戦争', '戦役', '事変', '条約', '協約', '安全保障条約', '和親条約', '通商条約'];

/**
 * What an abbreviation opening a compound heads, besides titles (英首相) and names in katakana or
 * Latin (米アフガニスタン派遣軍, 米Apple): its government, forces, press, firms, markets. Other
 * compounds are words of their own where IPADIC still tags the kanji as a country: 独女 (a single
 * woman), 日用品, 日劇, 米粉 (rice flour), 独島.
 */
const COUNTRY_HEADS = [
  '軍', '政府', '政権', '当局', '議会', '上院', '下院', '大使館', '大使', '領事館', '紙', '誌', 'メディア', '報道', '側', '企業', '大手',
  '市場', '経済', '株', '国債', '銀行', '中央銀行', '連邦', '国務省', '国防総省', '国防省', '財務省', '商務省', '司法省', '海軍', '空軍', '陸軍',
  '海兵隊', '部隊', '兵', '艦', '基地', '本土', '国内', '国民', '世論', '政界', '財界', '産業', '系', '代表', '首脳', '外交', '主導', '製', '産',
  '東部', '西部', '南部', '北部', '中部', '全土', '各地', '流', '映画', '人', '女優', '俳優', '歌手', '女子', '男子', '球', '総合', '第',
  '人気', '版', '国籍', '大会', '選手', '州',
];

function headsCompound(text: string, at: number, gazetteer: Gazetteer): boolean {
  const c = text.charCodeAt(at);
  if (isKatakana(c) || isLatinLetter(c)) return true;
  if (COUNTRY_HEADS.some((h) => text.startsWith(h, at))) return true;
  return gazetteer.titleJaAt(text, at) !== null;
}

export interface AbbrHit {
  start: number;
  countryId: string;
}

export function findCountryAbbreviations(text: string, tokens: JaToken[], gazetteer: Gazetteer): AbbrHit[] {
  const abbr = gazetteer.countryAbbr;
  if (abbr.size === 0) return [];
  // The token each character belongs to, only for the characters that are abbreviations.
  const hits: AbbrHit[] = [];
  const accepted = new Set<number>();
  const codes = abbrCodes(abbr);
  for (const t of tokens) {
    for (let i = t.start; i < t.end; i++) {
      if (codes[text.charCodeAt(i)] === 0) continue;
      const ch = text[i]!;
      const id = abbr.get(ch)!;
      const prev = i > 0 ? text[i - 1]! : '';
      const next = i + 1 < text.length ? text[i + 1]! : '';
      const prevCode = prev ? prev.charCodeAt(0) : 0;
      const nextCode = next ? next.charCodeAt(0) : 0;
      if (HARD_DENY.has(prev + ch) || HARD_DENY.has(ch + next)) continue;
      // 日中関係 is Japan–China, 日中は暑い is daytime: a deny pair needs a compound after it.
      if (DENY_PAIRS.has(ch + next) && !isKanji(text.charCodeAt(i + 2))) continue;
      if (DENY_PAIRS.has(prev + ch) && !accepted.has(i - 1)) continue;
      // The katakana ロ (Russia) only between kanji: 中ロ, 日ロ首脳, never inside ロシア or ヘロ.
      if (ch === 'ロ' && (isKatakana(prevCode) || isKatakana(nextCode))) continue;
      // 在日韓国人, 米国民: the kanji before 国 belongs to the country's full name (韓国, 米国), which the gazetteer has.
      if (next === '国') continue;
      // Inside a word, an abbreviation starts only after a prefix or another abbreviation: not the 中 of 老中 or 田中.
      if (i > t.start && !accepted.has(i - 1) && !PREFIXES.has(prev)) continue;
      // A name IPADIC knows (宇土, 土井) is no pair of abbreviations, unless it opens with one that is
      // no everyday kanji (日比: Japan and the Philippines, and a surname).
      if (t.pos1 === '固有名詞' && (t.pos2 === '人名' || t.pos2 === '組織') && t.end - t.start >= 2 && !pairOfAbbreviations(text, t.start, t.end, abbr)) continue;
      if (beforeEventName(text, i, abbr)) continue;
      const alone = t.start === i && t.end === i + 1;
      const ownTag = alone && t.pos1 === '固有名詞' && t.pos2 === '地域' && t.pos3 === '国';
      const nextIsAbbr = abbr.has(next) && !(next === 'ロ' && isKatakana(text.charCodeAt(i + 2)));
      const inRun = (abbr.has(prev) && accepted.has(i - 1)) || nextIsAbbr;
      // A two-kanji word IPADIC knows as a common one is no pair (土日 is the weekend, not Turkey and
      // Japan); real pairs (日米, 米中) it splits into two country tokens.
      const commonWord = t.end - t.start === 2 && !t.unknown && t.pos1 !== '固有名詞' && t.pos !== '接頭詞';
      const runToken = alone || (t.end - t.start === 2 && !commonWord) || PREFIXES.has(text[t.start]!);
      let ok = false;
      if (inRun && runToken) ok = !isDigit(prevCode);
      else if (PREFIXES.has(prev) && !AMBIGUOUS.has(ch) && (t.start === i - 1 || alone)) ok = true;
      else if (!AMBIGUOUS.has(ch) && (ownTag || (alone && accepted.has(i - 1)))) {
        // Start of a compound (米軍, 英首相, 米アフガニスタン派遣軍), not its tail (新米), heading
        // what a country has (not 独女, 日用品).
        const starts = !isKanji(prevCode) || accepted.has(i - 1) || PREFIXES.has(prev);
        ok = starts && ((alone && accepted.has(i - 1)) || headsCompound(text, i + 1, gazetteer));
      }
      if (ok) {
        accepted.add(i);
        hits.push({ start: i, countryId: id });
      }
    }
  }
  return hits;
}

const pairOfAbbreviations = (text: string, start: number, end: number, abbr: Map<string, string>): boolean =>
  end - start === 2 && abbr.has(text[start]!) && !AMBIGUOUS.has(text[start]!) && abbr.has(text[start + 1]!);

/** Whether the run of abbreviations through `i` (日露 in 日露戦争) heads the name of a war or treaty. */
function beforeEventName(text: string, i: number, abbr: Map<string, string>): boolean {
  let k = i + 1;
  while (k < text.length && abbr.has(text[k]!)) k++;
  return EVENT_HEADS.some((h) => text.startsWith(h, k));
}

/** A table over UTF-16 code units: 1 where an abbreviation starts. Checked for every character. */
const codeTables = new WeakMap<Map<string, string>, Uint8Array>();
function abbrCodes(abbr: Map<string, string>): Uint8Array {
  let table = codeTables.get(abbr);
  if (!table) {
    table = new Uint8Array(65536);
    for (const k of abbr.keys()) table[k.charCodeAt(0)] = 1;
    codeTables.set(abbr, table);
  }
  return table;
}
