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
  const q = new QuoteScanner();
  if (!q.scan(text, depthBefore)) return NO_QUOTE;
  const ranges: Array<[number, number]> = [];
  for (let r = 0; r < q.rangeCount; r++) ranges.push([q.bounds[2 * r] ?? 0, q.bounds[2 * r + 1] ?? 0]);
  return { hasQuote: q.hasQuote, startsQuoted: q.startsQuoted, depthAfter: q.depthAfter, closesCarried: q.closesCarried, ranges };
}

/**
 * scanQuotes with the answer kept in reusable fields, for the extractor's
 * one-sentence-at-a-time loop (no result object or range pairs per sentence).
 */
export class QuoteScanner {
  hasQuote = false;
  startsQuoted = false;
  depthAfter = 0;
  closesCarried = false;
  /** Range r is [bounds[2r], bounds[2r + 1]), relative to the text. */
  bounds = new Int32Array(16);
  rangeCount = 0;

  /** Scan `text`; false when it has no quote character at all (and depthBefore is 0): scanQuotes' NO_QUOTE. */
  scan(text: string, depthBefore: number): boolean {
    this.rangeCount = 0;
    this.closesCarried = false;
    // Fast path: most sentences have no quote character at all.
    if (depthBefore <= 0 && !ANY_QUOTE.test(text)) {
      this.hasQuote = this.startsQuoted = false;
      this.depthAfter = 0;
      return false;
    }
    let depth = Math.max(0, Math.min(depthBefore, 3));
    let first = -1;
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
          this.addRange(Math.max(openAt, 0), i + 1);
          if (depthBefore > 0) this.closesCarried = true;
        }
      }
    }
    if (depth > 0) this.addRange(Math.max(openAt, 0), text.length);
    this.hasQuote = this.rangeCount > 0;
    this.startsQuoted = depthBefore > 0 || (first >= 0 && onlySpacesBefore(text, first));
    this.depthAfter = depth;
    return true;
  }

  /** Is relative offset `pos` inside one of the ranges? (insideRanges) */
  inside(pos: number): boolean {
    const b = this.bounds;
    for (let r = 0; r < this.rangeCount; r++) if (pos >= (b[2 * r] ?? 0) && pos < (b[2 * r + 1] ?? 0)) return true;
    return false;
  }

  private addRange(start: number, end: number): void {
    const k = 2 * this.rangeCount++;
    if (k + 2 > this.bounds.length) {
      const bigger = new Int32Array(2 * this.bounds.length);
      bigger.set(this.bounds);
      this.bounds = bigger;
    }
    this.bounds[k] = start;
    this.bounds[k + 1] = end;
  }
}

/** text.slice(0, end).trim() === "", without the slice. */
function onlySpacesBefore(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

export function insideRanges(ranges: Array<[number, number]>, pos: number): boolean {
  for (let r = 0; r < ranges.length; r++) {
    const range = ranges[r] as [number, number];
    if (pos >= range[0] && pos < range[1]) return true;
  }
  return false;
}
