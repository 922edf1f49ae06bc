/**
 * Entity extraction: `createExtractor()` loads kuromoji's dictionaries and the gazetteers once per
 * process; the extractor it gives is synchronous. Japanese goes through kuromoji and rules, English
 * through compromise and rules, both corrected by the same gazetteers, then resolution gives every
 * mention one entity with a global, stable id.
 */
import type kuromoji from 'kuromoji';
import type { Article, ArticleExtraction, Lang, Mention, TextExtraction } from '../types.js';
import { selectCandidates, TIER, type Candidate } from './candidate.js';
import { englishCandidates } from './en/candidates.js';
import type { Gazetteer } from './gazetteer/build.js';
import { loadGazetteer } from './gazetteer/load.js';
import { japaneseCandidates, latinRuns, type WordClass } from './ja/candidates.js';
import { withoutUntaggedModifiers } from './ja/modifiers.js';
import { withoutCommonWords, withoutGenericTails } from './ja/common-words.js';
import { withTaggerSupport } from './ja/tagger-support.js';
import { withoutKatakanaPieces } from './ja/word-pieces.js';
import { withoutWebAddresses } from './ja/web-addresses.js';
import { withoutCreditLines } from './ja/credit-lines.js';
import { withoutPossessives } from './en/possessives.js';
import { placesBeforeHonorificsArePeople } from './ja/honorifics.js';
import { ADVERBIAL_SENSE, PERSON_NAME_SENSES, senseBits } from './ja/senses.js';
import { loadJaTokenizer, tokenizeJapanese, type JaTokenizer } from './ja/tokenizer.js';
import { positionTokens } from './ja/tokens.js';
import { detectLang } from './lang.js';
import { fold, isEqualsJoin } from './text/scripts.js';
import { resolveDocument, type DocumentText } from '../resolve/document.js';

export interface ExtractOptions {
  lang?: Lang;
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): Mention[];
  extractText(text: string, options?: ExtractOptions): TextExtraction;
  extractArticle(article: Article): ArticleExtraction;
}

/** A span a statistical tagger proposes; it enters before overlaps are settled, below rules and dictionaries. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: 'person' | 'location' | 'organization';
}

/** What src/extract/tagger exposes, when it exists. */
export interface CandidateTagger {
  tagJapanese?(tokens: kuromoji.IpadicFeatures[], text: string): TaggedSpan[];
  tagEnglish?(text: string): TaggedSpan[];
}

export interface ExtractorParts {
  gazetteer: Gazetteer;
  tokenizer: JaTokenizer;
  tagger?: CandidateTagger | null;
}

/**
 * The tagger labels tokens, and kuromoji makes a token of a line break or a space: a span it opens or
 * closes there (`\n国防省` after a line break in a comment) would carry the whitespace into the
 * entity's name and id. Whitespace inside a span stays (安倍　晋三).
 */
function fromTagger(spans: TaggedSpan[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    let start = s.start;
    let end = s.end;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    // It rarely saw a name joined by ＝ in training and ends the name there (ジャン＝ポール・サルトル):
    // two persons with only ＝ between them are one name. Not ・, which also separates the names of a list.
    const last = out[out.length - 1];
    if (last && last.kind === 'person' && s.type === 'person' && start === last.end + 1 && isEqualsJoin(text.charCodeAt(last.end))) last.end = end;
    else out.push({ start, end, kind: s.type, tier: TIER.tagger });
  }
  return out;
}

/** A title read next to a gazetteer name (バイデン大統領) moves onto the gazetteer's candidate of the same span. */
function mergeTitles(candidates: Candidate[]): Candidate[] {
  const titled = new Map<string, Candidate>();
  for (const c of candidates) if (c.title) titled.set(`${c.start}:${c.end}`, c);
  if (titled.size === 0) return candidates;
  return candidates.map((c) => {
    const t = !c.title && c.kind === 'person' ? titled.get(`${c.start}:${c.end}`) : undefined;
    return t ? { ...c, title: t.title } : c;
  });
}

/** IPADIC's word class for one part of a dotted name, remembered (parts repeat across texts). */
export function wordClassifier(tokenizer: JaTokenizer): (word: string) => WordClass {
  const cache = new Map<string, WordClass>();
  return (word) => {
    let c = cache.get(word);
    if (c === undefined) {
      const tokens = tokenizer.tokenize(word);
      const t = tokens[0];
      c = tokens.length !== 1 || !t || t.word_type === 'UNKNOWN' ? 'unknown' : t.pos_detail_2 === '人名' ? 'name' : t.pos_detail_1 === '固有名詞' ? 'unknown' : 'common';
      if (cache.size > 50_000) cache.clear();
      cache.set(word, c);
    }
    return c;
  };
}

/**
 * Whether IPADIC also knows a word as a person's name (in kanji) or an adverbial noun (金子 the
 * surname, 毎日 "every day"), besides the organization kuromoji may have picked; remembered per word.
 */
export function otherSenseOf(tokenizer: JaTokenizer): (word: string) => boolean {
  const senses = senseBits(tokenizer);
  const cache = new Map<string, boolean>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      // Katakana organizations IPADIC also lists as foreign surnames (シャープ, フォード) are mostly the firms.
      const kanji = /[\u4e00-\u9fff]/.test(word);
      v = (senses(word) & ((kanji ? PERSON_NAME_SENSES : 0) | ADVERBIAL_SENSE)) !== 0;
      if (cache.size > 50_000) cache.clear();
      cache.set(word, v);
    }
    return v;
  };
}

/** Builds an extractor from loaded parts (tests and benchmarks pass their own). */
export function buildExtractor({ gazetteer, tokenizer, tagger = null }: ExtractorParts): Extractor {
  const wordClass = wordClassifier(tokenizer);
  const otherSense = otherSenseOf(tokenizer);
  const candidatesOf = (text: string, lang: Lang): Candidate[] => {
    const folded = fold(text);
    let all: Candidate[];
    if (lang === 'ja') {
      const raw = tokenizeJapanese(tokenizer, text);
      const tokens = positionTokens(text, raw);
      const matches = gazetteer.scanFrom(text, folded, tokens.map((t) => t.start));
      all = japaneseCandidates({ text, tokens, gazetteer, gazetteerMatches: matches, wordClass });
      for (const run of latinRuns(text)) {
        all.push(...englishCandidates(text.slice(run.start, run.end), run.start, gazetteer, [], { embedded: true }));
      }
      if (tagger?.tagJapanese) {
        const tagged = tagger.tagJapanese(raw, text);
        all = withTaggerSupport(text, withoutUntaggedModifiers(text, all, tagged), tagged, otherSense);
        all.push(...placesBeforeHonorificsArePeople(text, fromTagger(tagged, text), gazetteer));
      }
      all = withoutKatakanaPieces(text, withoutCommonWords(text, withoutGenericTails(text, withoutCreditLines(text, withoutWebAddresses(text, all)))));
    } else {
      all = englishCandidates(text, 0, gazetteer, gazetteer.scan(text, folded));
      if (tagger?.tagEnglish) all.push(...fromTagger(tagger.tagEnglish(text), text));
      all = withoutPossessives(text, all);
    }
    return selectCandidates(mergeTitles(all));
  };

  const docText = (text: string, lang: Lang | null | undefined): DocumentText => {
    const l = lang ?? detectLang(text);
    return { text, lang: l, candidates: candidatesOf(text, l) };
  };

  const extractText = (text: string, options: ExtractOptions = {}): TextExtraction =>
    resolveDocument([docText(text, options.lang)], gazetteer).texts[0]!;

  return {
    extractText,
    extract: (text, options) => extractText(text, options).mentions,
    extractArticle(article: Article): ArticleExtraction {
      const parts = [docText(article.body, article.lang), ...article.comments.map((c) => docText(c.text, c.lang ?? article.lang))];
      const { texts, entities } = resolveDocument(parts, gazetteer);
      const comments: Record<string, TextExtraction> = {};
      article.comments.forEach((c, i) => {
        comments[c.id] = texts[i + 1]!;
      });
      return { articleId: article.id, body: texts[0]!, comments, entities };
    },
  };
}

/** The statistical tagger, when src/extract/tagger has one; extraction works without it. */
async function loadOptionalTagger(): Promise<CandidateTagger | null> {
  const path = './tagger/index.js';
  try {
    const mod = (await import(path)) as { loadTagger?: () => Promise<CandidateTagger | null> };
    return mod.loadTagger ? await mod.loadTagger() : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

let loading: Promise<Extractor> | null = null;

/** Loads dictionaries and gazetteers once per process; later calls get the same extractor. */
export function createExtractor(): Promise<Extractor> {
  loading ??= Promise.all([loadGazetteer(), loadJaTokenizer(), loadOptionalTagger()])
    .then(([gazetteer, tokenizer, tagger]) => buildExtractor({ gazetteer, tokenizer, tagger }))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

export async function extract(text: string, options: ExtractOptions = {}): Promise<Mention[]> {
  return (await createExtractor()).extract(text, options);
}
