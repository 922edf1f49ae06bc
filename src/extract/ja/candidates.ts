/**
 * Japanese candidates from one tokenization: gazetteer hits aligned to tokens, one-kanji country
 * abbreviations, names with titles, organization suffixes, IPADIC proper nouns, and Latin runs
 * handed to the English side. Each rule is one linear pass over the tokens.
 */
import type { Candidate } from '../candidate.js';
import { TIER } from '../candidate.js';
import type { Gazetteer } from '../gazetteer/build.js';
import type { GazetteerMatch } from '../gazetteer/types.js';
import { allKatakana, isKanji, isKatakana, isLatinLetter, isNameDot } from '../text/scripts.js';
import { findCountryAbbreviations } from './country-abbr.js';
import type { JaToken } from './tokens.js';

/** Titles too common after ordinary katakana words (サッカー選手) to make a person on their own. */
const WEAK_TITLES = new Set(['代表', '選手', '投手', '監督', '記者', '容疑者', '被告', '司令', '君', 'くん', '様', 'ちゃん', '会長', '社長', '委員長', '議長', '教授', '博士']);

/** Words that end organization names, longest first where one contains another. */
const ORG_SUFFIXES = [
  '選手団', '組合', '会議派', '電鉄', '鉄道', '航空', '製紙', '工業', '電機', '商事', '物産', '証券', '保険', '出版',
  '病院', '教団', '学会', '同好会', '評議会', '協議会', '研究会', '株式会社', '有限会社', 'ホールディングス', 'グループ', '委員会', '研究所', '大学院', '大学', '協会', '政権', '政府',
  '総局', '銀行', '連合', '連盟', '財団', '機構', '学院', '学校', '高校', '議会', '通信社', '新聞社', '新聞', '放送局',
  '海兵隊', '空軍', '海軍', '陸軍', '部隊', '艦隊', '師団', '警察', '裁判所', '省', '局', '庁', '軍', '党', '社',
];
const ORG_SUFFIX_SET = new Set(ORG_SUFFIXES);
/** Last characters of the suffixes, so most tokens are turned away without hashing their surface. */
const ORG_SUFFIX_LAST = new Uint8Array(65536);
const MAX_ORG_SUFFIX = Math.max(...ORG_SUFFIXES.map((x) => x.length));
for (const x of ORG_SUFFIXES) ORG_SUFFIX_LAST[x.charCodeAt(x.length - 1)] = 1;
/** Suffixes after a country that name its own military or government: org:xx-military. */
const COUNTRY_ORG: Record<string, string> = { 軍: 'military', 政府: 'government', 政権: 'government' };
/** Last parts of a ・-joined katakana name that make it an organization or place, not a person. */
const ORG_LAST_PARTS = new Set(['リーグ', 'グループ', 'カンパニー', 'ホールディングス', 'コーポレーション', 'センター', 'クラブ', 'ユナイテッド', 'シティ', 'ニュース', 'タイムズ', 'ポスト', 'ジャーナル', 'エアウェイズ', 'エアライン', 'モーターズ', 'ネットワーク', 'プロダクション', 'レコード', 'レコーズ', 'スタジオ', 'エンターテインメント']);

/** Reduplicated sound words (オイオイオイ, ドンドン) that IPADIC may call proper nouns. */
function isReduplication(s: string): boolean {
  for (let unit = 1; unit <= s.length / 2; unit++) {
    if (s.length % unit !== 0 || s.charCodeAt(unit) !== s.charCodeAt(0)) continue;
    const head = s.slice(0, unit);
    if (head.repeat(s.length / unit) === s) return true;
  }
  return false;
}

const isCommonWord = (t: JaToken): boolean => !t.unknown && t.pos1 !== '固有名詞';
const isProperToken = (t: JaToken): boolean => t.pos === '名詞' && t.pos1 === '固有名詞';
const isNounToken = (t: JaToken): boolean =>
  t.pos === '名詞' && t.pos1 !== '代名詞' && t.pos1 !== '数' && t.pos1 !== '非自立' && t.pos1 !== '副詞可能' && t.pos1 !== '接尾';

/** Katakana that can be (part of) a foreign name: unknown to IPADIC, or a proper noun. */
function katakanaNamePart(t: JaToken): boolean {
  if (t.pos !== '名詞') return false;
  let hasKana = false;
  for (let i = 0; i < t.surface.length; i++) {
    const c = t.surface.charCodeAt(i);
    // The long-vowel mark alone (the ー of みーちゃん, cut from its hiragana) is no name part.
    if (isKatakana(c)) hasKana ||= c !== 0x30fc;
    else if (!isNameDot(c)) return false;
  }
  return hasKana && !isReduplication(t.surface);
}

/** A name dot at `at` with katakana beyond it, reading in direction `step`. */
const dottedKana = (text: string, at: number, step: 1 | -1): boolean => isNameDot(text.charCodeAt(at)) && isKatakana(text.charCodeAt(at + step));

/** How IPADIC knows a word on its own: a common word (ホテル, マイク), a name part (ピーター), or not at all. */
export type WordClass = 'common' | 'name' | 'unknown';

export interface JaRuleInput {
  text: string;
  tokens: JaToken[];
  gazetteer: Gazetteer;
  gazetteerMatches: GazetteerMatch[];
  /** Classifies one part of a ・-joined name; unknown when absent. */
  wordClass?: (word: string) => WordClass;
}

const SUBJECT_PARTICLES = new Set(['は', 'が', 'も']);
/** Place suffixes after a katakana name: バーデン=ヴュルテンベルク州, オリノコ川. */
const PLACE_SUFFIXES = ['州', '市', '県', '島', '川', '山', '湖', '半島', '諸島', '地方', '地区', '海峡', '湾'];
/** IPADIC calls these organizations; they mean "the company" (ours, the same, this one). */
const NOT_ORGS = new Set(['自社', '同社', '本社', '弊社', '当社', '各社', '他社', '両社', '御社', '貴社', '自民', '同党', '両党', '各党']);

export function japaneseCandidates({ text, tokens, gazetteer, gazetteerMatches, wordClass = () => 'unknown' }: JaRuleInput): Candidate[] {
  const out: Candidate[] = [];
  // Bit 1: a token starts here; bit 2: a token ends here.
  const bounds = new Uint8Array(text.length + 1);
  for (const t of tokens) {
    bounds[t.start]! |= 1;
    bounds[t.end]! |= 2;
  }

  // 1. Gazetteer hits: Japanese-script hits must sit on token boundaries (ドイツ, not the ドイ of ドイル);
  // katakana hits may cross kuromoji's splits (カー|ブル) when no katakana runs on either side.
  for (const m of gazetteerMatches) {
    const first = text.charCodeAt(m.start);
    const latin = isLatinLetter(first);
    if (!latin) {
      const aligned = (bounds[m.start]! & 1) !== 0 && (bounds[m.end]! & 2) !== 0;
      const kanaFree =
        allKatakana(m.entry.surface.replace(/[・]/g, '')) &&
        !isKatakana(text.charCodeAt(m.start - 1)) &&
        !isKatakana(text.charCodeAt(m.end));
      if (!aligned && !kanaFree) continue;
    }
    const kind = gazetteer.entity(m.entry.entityIds[0]!)!.kind;
    // A katakana place or person joined by ・ to more katakana is part of a longer name (シドニー・ポワチエ,
    // ジョージア・オキーフ, the ジョンソン of ドウェイン・ジョンソン).
    if ((kind === 'location' || kind === 'country' || kind === 'person') && isKatakana(first) && (dottedKana(text, m.end, 1) || dottedKana(text, m.start - 1, -1))) continue;
    // A kanji place before an honorific is a surname (竹島さん, 広島氏): the name rules below read it.
    if (kind === 'location' && isKanji(first) && gazetteer.titleJaAt(text, m.end)?.title.honorific) continue;
    out.push({
      start: m.start,
      end: m.end,
      kind,
      tier: TIER.gazetteer,
      entityIds: m.entry.entityIds,
      surnameOnly: m.entry.surnameOnly,
    });
  }

  // A name the gazetteers know as a place (イギリス首相, トルコ大統領) is no person, title or not.
  const placeSpans = new Set<number>();
  for (const c of out) if (c.kind === 'country' || c.kind === 'location') placeSpans.add(c.start * 0x100000000 + c.end);

  // 2. One-kanji country abbreviations in compounds.
  const abbrAt = new Map<number, string>();
  for (const hit of findCountryAbbreviations(text, tokens, gazetteer)) {
    abbrAt.set(hit.start, hit.countryId);
    out.push({ start: hit.start, end: hit.start + 1, kind: 'country', tier: TIER.rule, entityIds: [hit.countryId] });
  }
  const countryEndingAt = new Map<number, { start: number; id: string }>();
  for (const c of out) if (c.kind === 'country' && c.entityIds) countryEndingAt.set(c.end, { start: c.start, id: c.entityIds[0]! });

  // 3. Names: runs of name tokens, then a title or honorific right after.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const kana = katakanaNamePart(t);
    const surname = isProperToken(t) && t.pos2 === '人名' && !t.unknown;
    if (!kana && !surname) continue;
    let j = i;
    // Every token of the run is a word IPADIC knows as common (スマートフォン, ケース).
    let common = kana && isCommonWord(t);
    if (kana) {
      // ピーター ・ ベイズリー, スティーブン・スト|レンジ: katakana runs joined by dots into one name.
      while (j + 1 < tokens.length) {
        const n = tokens[j + 1]!;
        if (n.start !== tokens[j]!.end) break;
        if (katakanaNamePart(n)) {
          j++;
          common &&= isCommonWord(n);
        } else if (n.surface.length === 1 && isNameDot(n.surface.charCodeAt(0)) && j + 2 < tokens.length && katakanaNamePart(tokens[j + 2]!)) {
          j += 2;
          common = false;
        } else break;
      }
      // Common words are a name only before a strong title: most runs stop here, cheaply.
      if (common && !gazetteer.titleFirstCharsJa.has(text.charCodeAt(tokens[j]!.end))) {
        i = j;
        continue;
      }
    } else if (t.pos3 === '姓' && j + 1 < tokens.length && tokens[j + 1]!.pos2 === '人名' && tokens[j + 1]!.pos3 === '名') {
      j += 1;
      // 本田 圭 佑, 田中 将 大: IPADIC splits a two-kanji given name into two one-kanji given names.
      const g = tokens[j + 1];
      if (g && g.start === tokens[j]!.end && g.pos2 === '人名' && g.pos3 === '名' && tokens[j]!.surface.length === 1 && g.surface.length === 1) j += 1;
      // 水落 朋 大, 大川 隆 法: IPADIC cuts a given name short before a one-kanji suffix, and
      // (田中 将 大投手, 斎藤 佑 樹投手) before a one-kanji prefix or suffix and a title.
      const n = tokens[j + 1];
      if (n && n.surface.length === 1 && isKanji(n.surface.charCodeAt(0))) {
        if (n.pos1 === '接尾' && n.pos2 === '一般' && (!isKanji(text.charCodeAt(n.end)) || gazetteer.titleJaAt(text, n.end))) j += 1;
        else if (n.pos1 === '名詞接続' && tokens[j]!.surface.length === 1 && gazetteer.titleJaAt(text, n.end)) j += 1;
      }
    }
    const start = t.start;
    const end = tokens[j]!.end;
    const name = text.slice(start, end);
    const nameParts = name.split(/[・＝=]/).filter(Boolean);
    const parts = kana ? nameParts.length : j > i ? 2 : 1;
    if (isReduplication(name.replace(/[・]/g, '')) || abbrAt.has(start)) {
      i = j;
      continue;
    }
    const place = kana ? PLACE_SUFFIXES.find((x) => text.startsWith(x, end)) : undefined;
    if (!place && placeSpans.has(start * 0x100000000 + end)) {
      i = j;
      continue;
    }
    const title = place ? null : gazetteer.titleJaAt(text, end);
    // A word IPADIC knows as common (サッカー, スタッフ) is a name only before a strong title (トランプ大統領).
    const strong = title !== null && !title.title.honorific && !WEAK_TITLES.has(title.title.ja ?? '');
    // Weak titles (社長, 選手) follow any noun; after katakana IPADIC does not know they need a dotted name.
    const nameLike = parts > 1 || t.pos2 === '人名';
    const titleFits = title !== null && (common ? strong : strong || title.title.honorific ? kana || t.pos3 === '姓' || parts > 1 : nameLike);
    if (place) {
      out.push({ start, end: end + place.length, kind: 'location', tier: TIER.rule });
    } else if (title && titleFits) {
      out.push({ start, end, kind: 'person', tier: TIER.title, title: { title: title.title, start: end, end: title.end } });
    } else if (kana && parts > 1) {
      const last = nameParts[nameParts.length - 1] ?? '';
      if (ORG_LAST_PARTS.has(last)) out.push({ start, end, kind: 'organization', tier: TIER.rule });
      else {
        // Without a title, a dotted name is a person only when no part is a common word (ホテル・コルテシア).
        const classes = nameParts.map(wordClass);
        if (!classes.includes('common')) {
          // Opening with a given name IPADIC knows (ロバート・, リック・), it was right 7 times in 10 on
          // training text where the tagger marked nothing; other dotted names about 1 in 3.
          out.push(classes[0] === 'name' ? { start, end, kind: 'person', tier: TIER.rule, standsAlone: true } : { start, end, kind: 'person', tier: TIER.rule });
        }
      }
    } else if (surname && parts === 2) {
      out.push({ start, end, kind: 'person', tier: TIER.ipadic });
    } else if (!kana && surname && j === i && t.pos3 === '姓' && name.length >= 2 && SUBJECT_PARTICLES.has(tokens[j + 1]?.surface ?? '')) {
      // A kanji surname alone as the subject or topic (熊田は, 小原が): a person, at the lowest tier.
      // (IPADIC calls katakana words like バレンタイン surnames too.)
      out.push({ start, end, kind: 'person', tier: TIER.ipadic });
    }
    i = j;
  }

  // 4. Organizations by suffix: a head that starts with a proper element, then 省/局/軍/政権….
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The suffix is a token of its own (政権, 軍); words like 国防省 are one IPADIC token, handled below.
    const suffix = t.surface.length <= MAX_ORG_SUFFIX && ORG_SUFFIX_LAST[t.surface.charCodeAt(t.surface.length - 1)] === 1 && ORG_SUFFIX_SET.has(t.surface) ? t.surface : null;
    if (!suffix || i === 0) continue;
    // Walk back over nouns to the earliest proper element.
    let headStart = -1;
    let k = i - 1;
    while (k >= 0 && i - k <= 5) {
      const h = tokens[k]!;
      const proper = isProperToken(h) || katakanaNamePart(h) || abbrAt.has(h.start) || isLatinLetter(h.surface.charCodeAt(0));
      if (!(isNounToken(h) || abbrAt.has(h.start))) break;
      if (proper) headStart = k;
      k--;
    }
    // 社 closes a company name only right after it (レッドフォックス社), not 閉社 or 入社.
    if (headStart < 0 || (suffix === '社' && headStart !== i - 1)) continue;
    const start = tokens[headStart]!.start;
    const end = t.end;
    const head = tokens[headStart]!;
    if (head.unknown && isLatinLetter(head.surface.charCodeAt(0))) continue;
    const country = countryEndingAt.get(t.start);
    const orgKind = COUNTRY_ORG[suffix];
    const candidate: Candidate = { start, end, kind: 'organization', tier: TIER.rule, namePlusSuffix: true };
    if (country && country.start === start && orgKind) candidate.entityIds = [`org:${country.id.slice('country:'.length).toLowerCase()}-${orgKind}`];
    else if (suffix === '政権' && katakanaNamePart(tokens[i - 1]!) && headStart === i - 1) {
      candidate.administrationOf = true;
      out.push({ start, end: t.start, kind: 'person', tier: TIER.rule });
    }
    const known = gazetteer.lookup(text.slice(start, end));
    if (known) candidate.entityIds = known.entityIds;
    out.push(candidate);
  }

  // 5. IPADIC's own proper nouns, trusted only for words it knows (never unknown Latin or katakana).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isProperToken(t) || t.unknown || t.pos2 === '人名' || t.pos2 === '一般') continue;
    if (t.surface.length === 1 && isKanji(t.surface.charCodeAt(0)) && t.pos3 === '国') continue;
    // A place or team before an honorific is a surname (広島さん): the name rules above read it.
    if (gazetteer.titleJaAt(text, t.end)?.title.honorific) continue;
    let j = i;
    if (t.pos2 === '地域') {
      // 東京 都 千代田 区: places and their suffixes run together.
      while (j + 1 < tokens.length) {
        const n = tokens[j + 1]!;
        if ((n.pos1 === '接尾' && n.pos2 === '地域') || (isProperToken(n) && n.pos2 === '地域' && !n.unknown && n.pos3 !== '国')) j++;
        else break;
      }
      // A place IPADIC knows but the gazetteers do not, used as a modifier (釧路工場, 幕張周辺), names nothing itself.
      const after = text.charCodeAt(tokens[j]!.end);
      if (!(isKanji(after) || isKatakana(after))) {
        out.push({ start: t.start, end: tokens[j]!.end, kind: t.pos3 === '国' ? 'country' : 'location', tier: TIER.ipadic });
      }
    } else if (t.pos2 === '組織' && !NOT_ORGS.has(t.surface) && !(t.surface.length <= 2 && allKatakana(t.surface))) {
      // (Two katakana IPADIC calls an organization, プレ or コム, are mostly pieces of longer words.)
      // 国土 交通省, 厚生 労働省: a ministry IPADIC knows by its tail takes the words before it.
      let s = i;
      if (/[省庁局]$/.test(t.surface)) {
        while (s > 0 && i - s < 2) {
          const p = tokens[s - 1]!;
          if (p.pos === '名詞' && p.pos1 === '一般' && p.end === tokens[s]!.start && isKanji(p.surface.charCodeAt(0))) s--;
          else break;
        }
      }
      out.push({ start: tokens[s]!.start, end: t.end, kind: 'organization', tier: TIER.ipadic });
    }
    i = j;
  }
  return out;
}

/** Latin-script runs inside Japanese text (NATO, The Daily Telegraph): handed to the English side. */
export function latinRuns(text: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  const re = /[A-Za-z][A-Za-z0-9.,'’&\- ]*[A-Za-z0-9.]|[A-Za-z]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) runs.push({ start: m.index, end: m.index + m[0].length });
  return runs;
}
