// Check-worthiness: a transparent additive score. Each feature adds or removes
// a fixed amount and leaves a human-readable reason, so an editor can see why a
// sentence was (not) proposed. Weights were set on general principles of
// fact-checking triage (numbers, names, sources make a claim checkable;
// predictions, opinions and emotive talk do not) and sanity-checked on seeds/.

import type { ClaimLanguage } from "./types";
import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import { F as FEATURE_BITS, X as EXTRA_BITS, finishScore, type Score, type ScoreFeatures } from "./score-finish";
import { endsWithMark as endsWithMarkAt } from "./text-utils";
import { FEATURE_MASK, W as WORD_BITS, bitsTable as bitsTableImport, wordBits as wordBitsImport } from "./word-bits";

export type { Score, ScoreFeatures } from "./score-finish";

// Module-local copies: under tsx (CommonJS output) an imported binding is a
// getter, and these are read for every claim.
const F = FEATURE_BITS;
const X = EXTRA_BITS;
const endsWithCode = endsWithMarkAt;
const W = WORD_BITS;
const bitsTable = bitsTableImport;
const wordBits = wordBitsImport;
/** Determiners and titles never count as (part of) a named entity. */
const NOT_ENTITY = W.determiner | W.title;

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
const EN_VAGUE_VERBS = new Set(["is", "was", "shows", "showed", "means", "will", "would", "has", "could", "can", "makes", "seems"]);
/** "já que", "uma vez que", "visto que": causal conjunctions spelled with "que". */
const CAUSAL_BEFORE_QUE = new Set(["ja", "vez", "visto", "dado"]);

const MAX_WORDS = 100_000;

/** Raw spelling -> is a PT synthetic future (depends on the spelling only). */
const ptFutureCache = new Map<string, boolean>();

function isPtSyntheticFuture(t: Token): boolean {
  if (t.upper) return false;
  const c = t.raw.charCodeAt(t.raw.length - 1);
  // Only words ending in "á", "ão" or "s" can be futures: skip the regex otherwise.
  if (c !== 0xe1 && c !== 0x6f && c !== 0x73) return false;
  let hit = ptFutureCache.get(t.raw);
  if (hit === undefined) {
    const lower = t.raw.toLowerCase();
    hit = PT_FUTURE.test(lower) && !PT_FUTURE_EXCEPT.has(lower);
    if (ptFutureCache.size >= MAX_WORDS) ptFutureCache.clear();
    ptFutureCache.set(t.raw, hit);
  }
  return hit;
}

/**
 * text ends with `mark` followed only by spaces and closing marks, as
 * /[mark][\s”"»’')]*$/u would tell, without a regex scanning the whole text.
 */
const endsWithMark = (text: string, mark: number) => endsWithCode(text, 0, text.length, mark);

export function scoreFeatures(
  text: string, tokens: Token[], language: ClaimLanguage, lex: Lexicon, ownSpan: { start: number; end: number } | null,
  out: ScoreFeatures = { bits: 0, runsNone: 0, multiNone: false, runsOwn: 0, multiOwn: false },
): ScoreFeatures {
  // One pass over the tokens collects every lexical feature as a bit, whether a
  // lowercase content word is in the past tense (PT preterite, EN -ed), the
  // token-sequence checks (digits, "já que", PT synthetic future, "going to"),
  // and the entity runs, both counting the own speaker mention and not (the
  // speaker is rewarded separately when it is the claim's own).
  // Entity runs: capitalised words not opening the sentence (plus a leading
  // acronym), ignoring titles ("Sr.") and determiners; lowercase name
  // connectors ("Coreia do Norte") continue a run. Counted without objects:
  // runs, whether one has 2+ words, and the current run's length, twice.
  const pt = language === "pt";
  const table = bitsTable(lex, language);
  let runsNone = 0;
  let multiNone = false;
  let lengthNone = 0;
  let runsOwn = 0;
  let multiOwn = false;
  let lengthOwn = 0;
  let bits = 0;
  let past = false;
  let digit = false;
  let causalQue = false;
  let future = false;
  let prevNorm = "";
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const w = wordBits(t, table);
    bits |= w & FEATURE_MASK;
    if (!t.upper && (w & W.past) !== 0) past = true;
    if (t.digit) digit = true;
    const norm = t.norm;
    if (pt) {
      if (!causalQue && norm === "que" && k > 0 && CAUSAL_BEFORE_QUE.has(prevNorm)) causalQue = true;
      if (!future && isPtSyntheticFuture(t)) future = true;
    } else if (!future && norm === "to" && prevNorm === "going") future = true;
    prevNorm = norm;
    const entity = (k > 0 || t.acronym) && t.upper && t.raw !== "I" && (w & NOT_ENTITY) === 0;
    const connector = (w & W.connector) !== 0;
    if (entity) {
      if (lengthNone++ === 0) runsNone++;
      if (lengthNone >= 2) multiNone = true;
    } else if (!(lengthNone > 0 && connector)) lengthNone = 0;
    if (ownSpan) {
      // The own speaker mention is rewarded separately, not as an entity.
      if (entity && !(t.start >= ownSpan.start && t.end <= ownSpan.end)) {
        if (lengthOwn++ === 0) runsOwn++;
        if (lengthOwn >= 2) multiOwn = true;
      } else if (!(lengthOwn > 0 && connector)) lengthOwn = 0;
    }
  }
  if (digit || text.indexOf("%") >= 0) bits |= X.digitOrPercent;
  if (causalQue) bits |= X.causalQue;
  if (past) bits |= X.past;
  if ((bits & F.future) !== 0 || future) bits |= X.future;
  if (endsWithMark(text, 33)) bits |= X.exclaim;
  const first = tokens[0];
  const second = tokens[1];
  if (first && lex.vagueSubjects.has(first.norm) && (pt || (second && EN_VAGUE_VERBS.has(second.norm)))) bits |= X.vagueRef;
  if (endsWithMark(text, 63)) bits |= X.question;
  if (tokens.length < 5) bits |= X.short;
  // Written into `out`: the extractor passes one scratch object for all its claims.
  out.bits = bits;
  out.runsNone = runsNone;
  out.multiNone = multiNone;
  // Without an own speaker both counts are the same.
  out.runsOwn = ownSpan ? runsOwn : runsNone;
  out.multiOwn = ownSpan ? multiOwn : multiNone;
  return out;
}

export function scoreClaim(input: ScoreInput): Score {
  const f = scoreFeatures(input.text, input.tokens, input.language, input.lex, input.speakerSpan);
  return finishScore(f, input.speakerSpan !== null, input.speakerNamed, input.hasReportingVerb, input.hasQuote);
}
