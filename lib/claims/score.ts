// Check-worthiness: a transparent additive score. Each feature adds or removes
// a fixed amount and leaves a human-readable reason, so an editor can see why a
// sentence was (not) proposed. Weights were set on general principles of
// fact-checking triage (numbers, names, sources make a claim checkable;
// predictions, opinions and emotive talk do not) and sanity-checked on seeds/.

import type { ClaimLanguage } from "./types";
import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import { F, X, finishScore, type Score, type ScoreFeatures } from "./score-finish";

export type { Score, ScoreFeatures } from "./score-finish";

export interface ScoreInput {
  text: string;
  tokens: Token[];
  /** null: no speaker; true: a proper name; false: an unnamed source ("o relatório"). */
  speakerNamed: boolean | null;
  /** Absolute [start, end) of the speaker mention, or null. */
  speakerSpan: { start: number; end: number } | null;
  hasReportingVerb: boolean;
  hasQuote: boolean;
  language: ClaimLanguage;
  lex: Lexicon;
}

const PT_FUTURE = /(?:rá|rão|remos)$/u;
const PT_FUTURE_EXCEPT = new Set(["verão", "padrão", "ladrão", "pará"]);
const PT_PAST = /(?:ou|eu|iu|aram|eram|iram)$/;
const EN_PAST = /ed$/;
const EN_VAGUE_VERBS = new Set(["is", "was", "shows", "showed", "means", "will", "would", "has", "could", "can", "makes", "seems"]);
/** "já que", "uma vez que", "visto que": causal conjunctions spelled with "que". */
const CAUSAL_BEFORE_QUE = new Set(["ja", "vez", "visto", "dado"]);

const featureMaps = new WeakMap<Lexicon, Map<string, number>>();

/** word -> OR of feature bits, built once per lexicon. */
function featureMap(lex: Lexicon): Map<string, number> {
  let m = featureMaps.get(lex);
  if (m) return m;
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  add(lex.numberWords, F.number);
  add(lex.dateWords, F.number);
  add(lex.comparison, F.comparison);
  add(lex.causal, F.causal);
  add(lex.future, F.future);
  add(lex.weakFuture, F.weakFuture);
  add(lex.opinion, F.opinion);
  add(lex.emotive, F.emotive);
  add(lex.wish, F.wish);
  add(lex.vagueQuantity, F.vagueQty);
  featureMaps.set(lex, (m = map));
  return m;
}

/** Marks a word that counts for hasPast() (when lowercase); kept out of the feature bits. */
const PAST_BIT = 1 << 24;
const MAX_WORDS = 100_000;
const wordCaches = new WeakMap<Lexicon, Record<ClaimLanguage, Map<string, number>>>();

/**
 * Feature bits of a folded word plus PAST_BIT, memoised per lexicon and language:
 * each distinct word pays the Map/regex checks once per body instead of per use.
 */
function wordBits(t: Token, lex: Lexicon, language: ClaimLanguage): number {
  let caches = wordCaches.get(lex);
  if (!caches) wordCaches.set(lex, (caches = { pt: new Map(), en: new Map() }));
  const cache = caches[language];
  // The token's shared word record remembers the answer for this cache (lexicon + language).
  const word = t.word;
  if (word.bitsKey === cache) return word.bits;
  const norm = t.norm;
  let b = cache.get(norm);
  if (b !== undefined) {
    word.bitsKey = cache;
    word.bits = b;
    return b;
  }
  if (b !== undefined) return b;
  b = featureMap(lex).get(norm) ?? 0;
  const re = language === "pt" ? PT_PAST : EN_PAST;
  if (norm.length >= 5 && re.test(norm) && !lex.reportingVerbs.has(norm) && !lex.stopwords.has(norm)) b |= PAST_BIT;
  if (cache.size >= MAX_WORDS) cache.clear();
  cache.set(norm, b);
  word.bitsKey = cache;
  word.bits = b;
  return b;
}

const QUESTION_END = /\?[\s”"»’')]*$/u;
const EXCLAIM_END = /![\s”"»’')]*$/u;


/**
 * Runs of capitalised words not opening the sentence (plus a leading acronym),
 * ignoring titles ("Sr.") and the speaker mention, which is rewarded separately.
 */
function entityRuns(tokens: Token[], lex: Lexicon, speaker: { start: number; end: number } | null): { runs: number; multiword: boolean } {
  let runs = 0;
  let multiword = false;
  let runLength = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const inSpeaker = speaker !== null && t.start >= speaker.start && t.end <= speaker.end;
    const isEntity =
      (k > 0 || t.acronym) && t.upper && t.raw !== "I" && !lex.determiners.has(t.norm) &&
      !lex.titles.has(t.norm) && !inSpeaker;
    if (isEntity) {
      if (runLength === 0) runs++;
      runLength++;
      if (runLength >= 2) multiword = true;
    } else if (!(runLength > 0 && lex.nameConnectors.has(t.norm))) {
      runLength = 0;
    }
  }
  return { runs, multiword };
}

function anyDigit(tokens: Token[]): boolean {
  for (const t of tokens) if (t.digit) return true;
  return false;
}

/** Raw spelling -> is a PT synthetic future (depends on the spelling only). */
const ptFutureCache = new Map<string, boolean>();

function hasPtSyntheticFuture(tokens: Token[]): boolean {
  for (const t of tokens) {
    if (t.upper) continue;
    const c = t.raw.charCodeAt(t.raw.length - 1);
    // Only words ending in "á", "ão" or "s" can be futures: skip the regex otherwise.
    if (c !== 0xe1 && c !== 0x6f && c !== 0x73) continue;
    let hit = ptFutureCache.get(t.raw);
    if (hit === undefined) {
      const lower = t.raw.toLowerCase();
      hit = PT_FUTURE.test(lower) && !PT_FUTURE_EXCEPT.has(lower);
      if (ptFutureCache.size >= MAX_WORDS) ptFutureCache.clear();
      ptFutureCache.set(t.raw, hit);
    }
    if (hit) return true;
  }
  return false;
}

function hasCausalQue(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.norm === "que" && CAUSAL_BEFORE_QUE.has(tokens[k - 1]?.norm ?? "")) return true;
  }
  return false;
}

function hasGoingTo(tokens: Token[]): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) if (tokens[k]?.norm === "going" && tokens[k + 1]?.norm === "to") return true;
  return false;
}

export function scoreFeatures(
  text: string, tokens: Token[], language: ClaimLanguage, lex: Lexicon, ownSpan: { start: number; end: number } | null,
): ScoreFeatures {
  // One pass over the tokens collects every lexical feature as a bit, and
  // whether a lowercase content word is in the past tense (PT preterite, EN -ed).
  let bits = 0;
  let past = false;
  for (const t of tokens) {
    const w = wordBits(t, lex, language);
    bits |= w & ~PAST_BIT;
    if (!t.upper && (w & PAST_BIT) !== 0) past = true;
  }
  if (anyDigit(tokens) || text.indexOf("%") >= 0) bits |= X.digitOrPercent;
  if (language === "pt" && hasCausalQue(tokens)) bits |= X.causalQue;
  if (past) bits |= X.past;
  if ((bits & F.future) !== 0 || (language === "pt" && hasPtSyntheticFuture(tokens)) || (language === "en" && hasGoingTo(tokens))) bits |= X.future;
  if (EXCLAIM_END.test(text)) bits |= X.exclaim;
  const first = tokens[0];
  const second = tokens[1];
  if (first && lex.vagueSubjects.has(first.norm) && (language === "pt" || (second && EN_VAGUE_VERBS.has(second.norm)))) bits |= X.vagueRef;
  if (QUESTION_END.test(text)) bits |= X.question;
  if (tokens.length < 5) bits |= X.short;
  const none = entityRuns(tokens, lex, null);
  const own = ownSpan ? entityRuns(tokens, lex, ownSpan) : none;
  return { bits, runsNone: none.runs, multiNone: none.multiword, runsOwn: own.runs, multiOwn: own.multiword };
}

export function scoreClaim(input: ScoreInput): Score {
  const f = scoreFeatures(input.text, input.tokens, input.language, input.lex, input.speakerSpan);
  return finishScore(f, input.speakerSpan !== null, input.speakerNamed, input.hasReportingVerb, input.hasQuote);
}
