// The additive check-worthiness score, replayed from precomputed features (see
// scoreFeatures in score.ts). Split out so the features can be computed while a
// sentence's tokens are at hand and the score finished once speakers are known.

export interface Score {
  score: number;
  reasons: string[];
}

const BASE = 0.15;

/** Lexicon feature bits: word -> OR of these (see listBits in word-bits.ts). */
export const F = { number: 1, comparison: 2, causal: 4, future: 8, weakFuture: 16, opinion: 32, emotive: 64, wish: 128, vagueQty: 256 };

// Extra feature bits (above the lexicon bits in F) for the non-lexical checks.
export const X = { digitOrPercent: 1 << 12, causalQue: 1 << 13, past: 1 << 14, future: 1 << 15, exclaim: 1 << 16, vagueRef: 1 << 17, question: 1 << 18, short: 1 << 19 };

/**
 * Everything the score needs from a claim's own words, computed once while its
 * tokens are at hand, so the tokens can be dropped before speakers are shared
 * between sentences. `runs*` are given for the own speaker span and for none.
 */
export interface ScoreFeatures {
  bits: number;
  runsNone: number;
  multiNone: boolean;
  runsOwn: number;
  multiOwn: boolean;
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

/**
 * The additive score. The additions run in one fixed order (floating-point sums
 * depend on it), then the result is rounded to two decimals.
 */
export function finishScore(
  f: ScoreFeatures, ownSpeaker: boolean, speakerNamed: boolean | null, hasReportingVerb: boolean, hasQuote: boolean,
): Score {
  // A speaker inherited from another sentence never overlaps this claim's words.
  const runs = ownSpeaker ? f.runsOwn : f.runsNone;
  const multiword = ownSpeaker ? f.multiOwn : f.multiNone;
  return scoreOf(f.bits, runs, multiword, speakerNamed, hasReportingVerb, hasQuote);
}

/** Scratch for scoreOf (single-threaded, never escapes). */
const REASONS: string[] = [];

export function scoreOf(
  bits: number, runs: number, multiword: boolean, speakerNamed: boolean | null, hasReportingVerb: boolean, hasQuote: boolean,
): Score {
  const out: Score = { score: 0, reasons: [] };
  scoreInto(out, bits, runs, multiword, speakerNamed, hasReportingVerb, hasQuote);
  return out;
}

/** scoreOf written into `out`: the extractor reuses one Score for all its claims. */
export function scoreInto(
  out: Score, bits: number, runs: number, multiword: boolean, speakerNamed: boolean | null, hasReportingVerb: boolean, hasQuote: boolean,
): void {
  // Reasons are collected in a reused scratch array and copied out at their
  // exact size: a pushed-to empty array would reserve room for 17.
  const reasons = REASONS;
  let n = 0;
  let s = BASE;
  if ((bits & F.number) !== 0 || (bits & X.digitOrPercent) !== 0) {
    s += 0.25;
    reasons[n++] = "contains a number or date";
  }
  if (runs > 0) {
    s += runs >= 3 ? 0.35 : runs === 2 ? 0.3 : 0.2;
    reasons[n++] = "names an entity (proper name or acronym)";
  }
  if (multiword) {
    s += 0.05;
    reasons[n++] = "multiword proper name";
  }
  if (speakerNamed === true) {
    s += 0.2;
    reasons[n++] = "attributed to a named speaker";
  } else if (speakerNamed === false) {
    s += 0.1;
    reasons[n++] = "attributed to a source";
  }
  if (hasReportingVerb) {
    s += 0.05;
    reasons[n++] = "reported speech (reporting verb)";
  }
  if (hasQuote) {
    s += 0.1;
    reasons[n++] = "contains quoted speech";
  }
  if ((bits & F.comparison) !== 0) {
    s += 0.1;
    reasons[n++] = "comparison or superlative";
  }
  if ((bits & F.causal) !== 0 || (bits & X.causalQue) !== 0) {
    s += 0.1;
    reasons[n++] = "causal claim";
  }
  if ((bits & X.past) !== 0) {
    s += 0.1;
    reasons[n++] = "reports a past event";
  }

  // Lowering features.
  const future = (bits & X.future) !== 0;
  if (future) {
    s -= 0.3;
    reasons[n++] = "prediction / future (lowered)";
  }
  if (!future && (bits & F.weakFuture) !== 0) {
    s -= 0.15;
    reasons[n++] = "expectation / reported future (lowered)";
  }
  if ((bits & F.opinion) !== 0) {
    s -= 0.3;
    reasons[n++] = "opinion (lowered)";
  }
  if ((bits & F.emotive) !== 0 || (bits & X.exclaim) !== 0) {
    s -= 0.25;
    reasons[n++] = "rhetorical or emotive (lowered)";
  }
  if ((bits & F.wish) !== 0) {
    s -= 0.3;
    reasons[n++] = "vague wish or intention (lowered)";
  }
  if ((bits & X.vagueRef) !== 0) {
    s -= 0.25;
    reasons[n++] = "vague referent, not self-contained (lowered)";
  }
  if ((bits & F.vagueQty) !== 0) {
    s -= 0.1;
    reasons[n++] = "vague quantity (lowered)";
  }
  if ((bits & X.question) !== 0) {
    s -= 0.4;
    reasons[n++] = "question (lowered)";
  }
  if ((bits & X.short) !== 0) {
    s -= 0.2;
    reasons[n++] = "too short to check (lowered)";
  }
  out.score = round(s);
  out.reasons = reasons.slice(0, n);
}

