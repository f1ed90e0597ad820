// Check-worthiness: a transparent additive score. Each feature adds or removes
// a fixed amount and leaves a human-readable reason, so an editor can see why a
// sentence was (not) proposed. Weights were set on general principles of
// fact-checking triage (numbers, names, sources make a claim checkable;
// predictions, opinions and emotive talk do not) and sanity-checked on seeds/.

import type { ClaimLanguage } from "./types";
import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";

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

export interface Score {
  score: number;
  reasons: string[];
}

const BASE = 0.15;
const PT_FUTURE = /(?:rá|rão|remos)$/u;
const PT_FUTURE_EXCEPT = new Set(["verão", "padrão", "ladrão", "pará"]);
const PT_PAST = /(?:ou|eu|iu|aram|eram|iram)$/;
const EN_PAST = /ed$/;
const EN_VAGUE_VERBS = new Set(["is", "was", "shows", "showed", "means", "will", "would", "has", "could", "can", "makes", "seems"]);
/** "já que", "uma vez que", "visto que": causal conjunctions spelled with "que". */
const CAUSAL_BEFORE_QUE = new Set(["ja", "vez", "visto", "dado"]);

const F = { number: 1, comparison: 2, causal: 4, future: 8, weakFuture: 16, opinion: 32, emotive: 64, wish: 128, vagueQty: 256 };
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

function featureBits(tokens: Token[], lex: Lexicon): number {
  const map = featureMap(lex);
  let bits = 0;
  for (const t of tokens) bits |= map.get(t.norm) ?? 0;
  return bits;
}
const QUESTION_END = /\?[\s”"»’')]*$/u;
const EXCLAIM_END = /![\s”"»’')]*$/u;
const PERCENT = /%/;

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

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

/** A lowercase non-reporting content word in the past tense (PT preterite, EN -ed). */
function hasPast(tokens: Token[], lex: Lexicon, language: ClaimLanguage): boolean {
  const re = language === "pt" ? PT_PAST : EN_PAST;
  for (const t of tokens) {
    if (!t.upper && t.norm.length >= 5 && re.test(t.norm) && !lex.reportingVerbs.has(t.norm) && !lex.stopwords.has(t.norm)) return true;
  }
  return false;
}

function hasPtSyntheticFuture(tokens: Token[]): boolean {
  for (const t of tokens) {
    if (t.upper) continue;
    const c = t.raw.charCodeAt(t.raw.length - 1);
    // Only words ending in "á", "ão" or "s" can be futures: skip the regex otherwise.
    if (c !== 0xe1 && c !== 0x6f && c !== 0x73) continue;
    const lower = t.raw.toLowerCase();
    if (PT_FUTURE.test(lower) && !PT_FUTURE_EXCEPT.has(lower)) return true;
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

export function scoreClaim(input: ScoreInput): Score {
  const { tokens, lex, language, text } = input;
  const reasons: string[] = [];
  let s = BASE;
  // One pass over the tokens collects every lexical feature as a bit.
  const bits = featureBits(tokens, lex);
  const flag = (b: number) => (bits & b) !== 0;

  if (flag(F.number) || anyDigit(tokens) || PERCENT.test(text)) {
    s += 0.25;
    reasons.push("contains a number or date");
  }
  const { runs, multiword } = entityRuns(tokens, lex, input.speakerSpan);
  if (runs > 0) {
    s += runs >= 3 ? 0.35 : runs === 2 ? 0.3 : 0.2;
    reasons.push("names an entity (proper name or acronym)");
  }
  if (multiword) {
    s += 0.05;
    reasons.push("multiword proper name");
  }
  if (input.speakerNamed === true) {
    s += 0.2;
    reasons.push("attributed to a named speaker");
  } else if (input.speakerNamed === false) {
    s += 0.1;
    reasons.push("attributed to a source");
  }
  if (input.hasReportingVerb) {
    s += 0.05;
    reasons.push("reported speech (reporting verb)");
  }
  if (input.hasQuote) {
    s += 0.1;
    reasons.push("contains quoted speech");
  }
  if (flag(F.comparison)) {
    s += 0.1;
    reasons.push("comparison or superlative");
  }
  if (flag(F.causal) || (language === "pt" && hasCausalQue(tokens))) {
    s += 0.1;
    reasons.push("causal claim");
  }
  const past = hasPast(tokens, lex, language);
  if (past) {
    s += 0.1;
    reasons.push("reports a past event");
  }

  // Lowering features.
  const future =
    flag(F.future) ||
    (language === "pt" && hasPtSyntheticFuture(tokens)) ||
    (language === "en" && hasGoingTo(tokens));
  if (future) {
    s -= 0.3;
    reasons.push("prediction / future (lowered)");
  }
  if (!future && flag(F.weakFuture)) {
    s -= 0.15;
    reasons.push("expectation / reported future (lowered)");
  }
  if (flag(F.opinion)) {
    s -= 0.3;
    reasons.push("opinion (lowered)");
  }
  if (flag(F.emotive) || EXCLAIM_END.test(text)) {
    s -= 0.25;
    reasons.push("rhetorical or emotive (lowered)");
  }
  if (flag(F.wish)) {
    s -= 0.3;
    reasons.push("vague wish or intention (lowered)");
  }
  const first = tokens[0];
  const second = tokens[1];
  if (first && lex.vagueSubjects.has(first.norm) && (language === "pt" || (second && EN_VAGUE_VERBS.has(second.norm)))) {
    s -= 0.25;
    reasons.push("vague referent, not self-contained (lowered)");
  }
  if (flag(F.vagueQty)) {
    s -= 0.1;
    reasons.push("vague quantity (lowered)");
  }
  if (QUESTION_END.test(text)) {
    s -= 0.4;
    reasons.push("question (lowered)");
  }
  if (tokens.length < 5) {
    s -= 0.2;
    reasons.push("too short to check (lowered)");
  }
  return { score: round(s), reasons };
}
