// Quoted speech: where quotes open and close inside a sentence, so a quoted
// passage spanning several sentences can share one attribution, and reporting
// verbs inside a quote are not mistaken for the attribution.

import { CLOSE_QUOTES, OPEN_QUOTES, isWhitespaceCode as isWhitespaceCodeImport } from "./text-utils";

// Module-local copy (imported bindings are getters under tsx's CommonJS output).
const isWhitespaceCode = isWhitespaceCodeImport;

export interface QuoteInfo {
  /** Contains quoted material (or sits inside a carried-over quote). */
  hasQuote: boolean;
  /** The sentence begins with an opening quote or inside a carried-over one. */
  startsQuoted: boolean;
  /** Quote depth at the end of the sentence, given the depth at its start. */
  depthAfter: number;
  /** Closed a quote opened in an earlier sentence. */
  closesCarried: boolean;
  /** Relative [start, end) ranges that are inside quotes. */
  ranges: Array<[number, number]>;
}

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (ch: string) => ch !== "" && LETTER.test(ch);

/**
 * Curly quotes and « » are directional; a straight " opens at depth 0 and
 * closes otherwise; single quotes count only when they are not apostrophes.
 */
const ANY_QUOTE = /[“”«»„‘’"']/u;

// Local copies: a per-character lookup should not go through the module boundary.
const OPEN = OPEN_QUOTES;
const QUOTE_CODES = new Set(Array.from(OPEN_QUOTES + CLOSE_QUOTES, (ch) => ch.charCodeAt(0)));

/** Is this code unit one of OPEN_QUOTES or CLOSE_QUOTES (all single BMP characters)? */
function isQuoteCode(c: number): boolean {
  return c === 34 || (c >= 0xab && (c === 0xab || c === 0xbb || QUOTE_CODES.has(c)));
}

/**
 * The answer for the many sentences without any quote character outside a
 * carried-over quote (shared: callers only read it; identity tells "no quote
 * character at all").
 */
export const NO_QUOTE: QuoteInfo = Object.freeze({ hasQuote: false, startsQuoted: false, depthAfter: 0, closesCarried: false, ranges: Object.freeze([]) as unknown as Array<[number, number]> });

export function scanQuotes(text: string, depthBefore: number): QuoteInfo {
  // Fast path: most sentences have no quote character at all.
  if (depthBefore <= 0 && !ANY_QUOTE.test(text)) return NO_QUOTE;
  let depth = Math.max(0, Math.min(depthBefore, 3));
  let closesCarried = false;
  let first = -1;
  const ranges: Array<[number, number]> = [];
  let openAt = depth > 0 ? 0 : -1;
  for (let i = 0; i < text.length; i++) {
    // Char codes first: the string lookups below only run on quote characters.
    if (!isQuoteCode(text.charCodeAt(i))) continue;
    const ch = text.charAt(i);
    const prev = text.charAt(i - 1);
    const next = text.charAt(i + 1);
    let opening: boolean;
    if (ch === '"') opening = depth === 0;
    else if (ch === "'" || ch === "’" || ch === "‘") {
      if (isLetter(prev) && isLetter(next)) continue; // apostrophe: don't, d'água
      if (ch === "‘" || (ch === "'" && !isLetter(prev) && isLetter(next))) opening = true;
      else if (depth > 0) opening = false;
      else continue;
    } else opening = OPEN.indexOf(ch) >= 0;
    if (first < 0) first = i;
    if (opening) {
      if (depth === 0) openAt = i;
      depth = Math.min(depth + 1, 3);
    } else if (depth > 0) {
      depth--;
      if (depth === 0) {
        ranges.push([Math.max(openAt, 0), i + 1]);
        if (depthBefore > 0) closesCarried = true;
      }
    }
  }
  if (depth > 0) ranges.push([Math.max(openAt, 0), text.length]);
  const startsQuoted = depthBefore > 0 || (first >= 0 && onlySpacesBefore(text, first));
  return { hasQuote: ranges.length > 0, startsQuoted, depthAfter: depth, closesCarried, ranges };
}

/** text.slice(0, end).trim() === "", without the slice. */
function onlySpacesBefore(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

export function insideRanges(ranges: Array<[number, number]>, pos: number): boolean {
  for (const [s, e] of ranges) if (pos >= s && pos < e) return true;
  return false;
}
