// Noun-phrase helpers for speaker attribution: where a speaker phrase starts and
// ends, and which part of "the U.S. Secretary of State, Antony Blinken" is the
// proper name we prefer over the title.

import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import { isWhitespaceCode as isWhitespaceCodeImport } from "./text-utils";

// Module-local copy (imported bindings are getters under tsx's CommonJS output).
const isWhitespaceCode = isWhitespaceCodeImport;

/** Index range [a, b) into a token array. */
export interface TokRange {
  a: number;
  b: number;
}

// The "gap" is the text between token k-1 and token k (empty before the first
// token). Gaps are one to three characters, so they are scanned in place rather
// than sliced and matched with a regex.

/** The UTF-16 codes of `chars` (all single code units), for the gap tests below. */
export function codesOf(chars: string): number[] {
  return Array.from(chars, (c) => c.charCodeAt(0));
}

const PUNCT = codesOf(",;:.!?”\"»«“()[]—–");

/** The gap before token k contains one of `set`. */
export function gapHas(body: string, tokens: Token[], k: number, set: readonly number[]): boolean {
  const prev = tokens[k - 1];
  const cur = tokens[k];
  if (!prev || !cur) return false;
  for (let i = prev.end; i < cur.start; i++) if (set.includes(body.charCodeAt(i))) return true;
  return false;
}

/** The gap before token k ends, trailing whitespace aside, with one of `set`. */
export function gapEndsWith(body: string, tokens: Token[], k: number, set: readonly number[]): boolean {
  const prev = tokens[k - 1];
  const cur = tokens[k];
  if (!prev || !cur) return false;
  let i = cur.start - 1;
  while (i >= prev.end && isWhitespaceCode(body.charCodeAt(i))) i--;
  return i >= prev.end && set.includes(body.charCodeAt(i));
}

/** The gap before token k contains punctuation (a phrase boundary); true at the edges. */
export function gapHasPunct(body: string, tokens: Token[], k: number): boolean {
  if (!tokens[k - 1] || !tokens[k]) return true;
  return gapHas(body, tokens, k, PUNCT);
}

/** `norm` without a final "." (a token never ends with one, but the lists are matched dot-less): no regex per call. */
const withoutFinalDot = (norm: string) => (norm.charCodeAt(norm.length - 1) === 46 ? norm.slice(0, -1) : norm);

const isCapName = (t: Token, lex: Lexicon) => t.upper && !lex.titles.has(withoutFinalDot(t.norm));

/**
 * A run of capitalised words (with lowercase connectors inside) that is not only
 * titles: "Antony Blinken", "Coreia do Norte", "CNN".
 */
export function isProperName(tokens: Token[], r: TokRange, lex: Lexicon): boolean {
  const n = r.b - r.a;
  if (n < 1 || n > 6) return false;
  const first = tokens[r.a];
  const last = tokens[r.b - 1];
  if (!first || !last || !isCapName(first, lex) || !last.upper) return false;
  for (let k = r.a; k < r.b; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (!t.upper && !lex.nameConnectors.has(t.norm)) return false;
  }
  return true;
}

/**
 * Within a speaker phrase, prefer the trailing proper name when a title or a
 * lowercase descriptor precedes it ("o presidente russo Vladimir Putin",
 * "Lt. Gen. Mark Hertling"). A name after "de/of" is a complement, not the
 * speaker ("diplomata dos Estados Unidos"), so the whole phrase is kept.
 */
export function preferName(tokens: Token[], r: TokRange, lex: Lexicon): TokRange {
  let k = r.b - 1;
  const lastTok = tokens[k];
  if (!lastTok || !isCapName(lastTok, lex)) return r;
  while (k - 1 >= r.a) {
    const t = tokens[k - 1];
    if (!t) break;
    if (isCapName(t, lex)) k--;
    else break;
  }
  if (k === r.a) return r;
  const before = tokens[k - 1];
  if (!before) return r;
  const beforeNorm = withoutFinalDot(before.norm);
  // After "de/of/at" the name is a complement ("researcher at Halden University").
  if (lex.nameConnectors.has(beforeNorm) || lex.npStops.has(beforeNorm) || lex.nonSubjectStarts.has(beforeNorm)) return r;
  if (lex.determiners.has(beforeNorm) && k - 1 > r.a) return r;
  return { a: k, b: r.b };
}

export function isGerund(t: Token, language: "pt" | "en"): boolean {
  if (t.upper) return false;
  return language === "pt" ? t.norm.endsWith("ndo") : t.norm.endsWith("ing") && t.norm.length > 4;
}

/**
 * Could tokens [a, b) be a speaker noun phrase? It must not open with a
 * preposition/conjunction/relative, a gerund ("citando fontes") or a quote,
 * and must be short.
 */
export function isSpeakerPhrase(tokens: Token[], r: TokRange, lex: Lexicon, language: "pt" | "en"): boolean {
  const n = r.b - r.a;
  if (n < 1 || n > 12) return false;
  const first = tokens[r.a];
  if (!first || first.digit && n === 1) return false;
  if (lex.nonSubjectStarts.has(first.norm) || lex.relatives.has(first.norm)) return false;
  if (isGerund(first, language)) return false;
  for (let k = r.a; k < r.b; k++) {
    const t = tokens[k];
    if (t && lex.reportingVerbs.has(t.norm)) return false;
  }
  return true;
}

/**
 * Read a speaker phrase forwards from token i (after a post-posed verb or
 * "segundo"): stops at punctuation, at recipient/time words ("à NBC News",
 * "on Thursday") and at relatives.
 */
export function readPhrase(body: string, tokens: Token[], i: number, limit: number, lex: Lexicon): TokRange {
  let k = i;
  while (k < limit && k - i < 10) {
    const t = tokens[k];
    if (!t) break;
    if (k > i && gapHasPunct(body, tokens, k)) break;
    if (k > i && (lex.npStops.has(t.norm) || lex.dateWords.has(t.norm))) break;
    if (lex.relatives.has(t.norm) && !lex.determiners.has(t.norm)) break;
    if (lex.reportingVerbs.has(t.norm)) break;
    k++;
  }
  return { a: i, b: k };
}
