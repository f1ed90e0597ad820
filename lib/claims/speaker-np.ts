// Noun-phrase helpers for speaker attribution: where a speaker phrase starts and
// ends, and which part of "the U.S. Secretary of State, Antony Blinken" is the
// proper name we prefer over the title.

import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";

/** Index range [a, b) into a token array. */
export interface TokRange {
  a: number;
  b: number;
}

const PUNCT_GAP = /[,;:.!?”"»«“()\[\]—–]/u;

/** Text between token k-1 and token k contains punctuation (a phrase boundary). */
export function gapHasPunct(body: string, tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const cur = tokens[k];
  if (!prev || !cur) return true;
  return PUNCT_GAP.test(body.slice(prev.end, cur.start));
}

export function gapText(body: string, tokens: Token[], k: number): string {
  const prev = tokens[k - 1];
  const cur = tokens[k];
  if (!cur) return "";
  return body.slice(prev ? prev.end : cur.start, cur.start);
}

const isCapName = (t: Token, lex: Lexicon) => t.upper && !lex.titles.has(t.norm.replace(/\.$/, ""));

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
  const beforeNorm = before.norm.replace(/\.$/, "");
  // After "de/of/at" the name is a complement ("researcher at Halden University").
  if (lex.nameConnectors.has(beforeNorm) || lex.npStops.has(beforeNorm) || lex.nonSubjectStarts.has(beforeNorm)) return r;
  if (lex.determiners.has(beforeNorm) && k - 1 > r.a) return r;
  return { a: k, b: r.b };
}

export function isGerund(t: Token, language: "pt" | "en"): boolean {
  if (t.upper) return false;
  return language === "pt" ? /ndo$/.test(t.norm) : /ing$/.test(t.norm) && t.norm.length > 4;
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
