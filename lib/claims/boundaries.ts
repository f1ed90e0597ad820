// Sentence boundaries inside one block, found by one linear left-to-right scan.
// This replaced Intl.Segmenter plus repairs: ICU's rules (UAX #29) are general,
// news text needs only a few of them, and the scan costs a fraction of a
// segmenter call per block. The rules below keep ICU's decisions on news text
// and then apply our own (abbreviations, initials, "U.S.", closing quotes).
// Deliberate differences: "…" ends a sentence like "..." does (ICU ignores it),
// and a mark glued to the next word ("Fim!Outro", "vencer.”Depois", typos in
// news copy) never ends one (ICU sometimes splits there).
//
//   A sentence can end after a run of terminal punctuation . ! ? … plus any
//   closing quotes/brackets, and only when whitespace follows ("1.500", "3.5",
//   "U.S.Army" never break). It does not end when what follows is
//   - a lowercase letter, or "," ";" (a continuation),
//   - ":" "-" "–" "—" or more terminal punctuation (ICU's SB8a),
//   - after "." or "…": anything whose first letter is lowercase ("em 2019. 12
//     estados …", ". “os outros”": ICU's SB8),
//   - after ".": a title, initial, dotted acronym or month + number (see
//     abbreviations.ts),
//   - only closing quotes/brackets up to the end of the block (they stay with
//     the sentence they close).

import { shouldGlueAt as shouldGlueAtImport } from "./abbreviations";
import { charClass } from "./char-class";
import { isWhitespaceCode as isWhitespaceCodeImport } from "./text-utils";

// Module-local copies of per-character calls (imported bindings are getters under tsx).
const shouldGlueAt = shouldGlueAtImport;
const isWhitespaceCode = isWhitespaceCodeImport;

const isLetterCp = charClass(/^\p{L}$/u);
const isLowerCp = charClass(/^\p{Ll}$/u);

/** . ! ? … */
export function isTerminalCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** ” " » ’ ' ) ] — what may follow terminal punctuation inside the same sentence. */
function isCloserCode(c: number): boolean {
  return c === 0x201d || c === 34 || c === 0xbb || c === 0x2019 || c === 39 || c === 41 || c === 93;
}

/** , ; : - – — after the whitespace: the sentence goes on. */
function isContinuationCode(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014;
}

function isLineBreakCode(c: number): boolean {
  return c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** The code point at i and its length in code units (a lone surrogate is its own code point). */
function codePointAt(text: string, i: number, end: number): [number, number] {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [(c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000, 2];
  }
  return [c, 1];
}

function isLowerAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return isLowerCp(codePointAt(text, i, end)[0]);
}

/**
 * After ". " or "… ": is the first letter ahead lowercase? Digits, spaces, quotes
 * and brackets are skipped; terminal punctuation or a line break stops the look.
 * Each look stops at the next terminal, so the scan stays linear overall.
 */
function lowercaseAhead(text: string, i: number, end: number): boolean {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) return true;
      if ((c >= 65 && c <= 90) || isTerminalCode(c) || isLineBreakCode(c)) return false;
      i++;
      continue;
    }
    if (isTerminalCode(c) || isLineBreakCode(c)) return false;
    const [cp, len] = codePointAt(text, i, end);
    if (isLetterCp(cp)) return isLowerCp(cp);
    i += len;
  }
  return false;
}

/** Only closing quotes/brackets and whitespace in [i, end)? */
function onlyClosersLeft(text: string, i: number, end: number): boolean {
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isCloserCode(c) && !isWhitespaceCode(c)) return false;
  }
  return true;
}

/**
 * The next . ! ? … at or after a position of one text. indexOf skips the
 * ordinary characters far faster than a char-code loop; each mark's last answer
 * is kept while it is still ahead, so every mark is searched for at most once
 * per occurrence and a text without any "!" is scanned for it once, not once
 * per block (which would be quadratic).
 */
export class TerminalSearch {
  private static readonly MARKS = [".", "!", "?", "…"];
  /** Per mark: the position of its next occurrence at or after the last search, or text.length. */
  private readonly at = [-1, -1, -1, -1];

  constructor(readonly text: string) {}

  next(from: number): number {
    let best = this.text.length;
    for (let m = 0; m < 4; m++) {
      let p = this.at[m] ?? -1;
      if (p < from) {
        p = this.text.indexOf(TerminalSearch.MARKS[m] ?? ".", from);
        if (p < 0) p = this.text.length;
        this.at[m] = p;
      }
      if (p < best) best = p;
    }
    return best;
  }
}

/**
 * End of the sentence that starts at `start` inside the block [start, end) of
 * `terminals.text`: the offset where the next sentence starts (trailing
 * whitespace included), or `end`.
 */
export function sentenceEnd(terminals: TerminalSearch, start: number, end: number): number {
  const text = terminals.text;
  let i = start;
  for (;;) {
    i = terminals.next(i);
    if (i >= end) return end;
    const c = text.charCodeAt(i);
    // Terminal run ("?!", "...") and closing quotes/brackets right after it.
    let j = i + 1;
    let last = c;
    while (j < end && isTerminalCode(text.charCodeAt(j))) last = text.charCodeAt(j++);
    while (j < end && isCloserCode(text.charCodeAt(j))) j++;
    const afterMarks = j;
    while (j < end && isWhitespaceCode(text.charCodeAt(j))) j++;
    if (j >= end) return end;
    i = j;
    if (j === afterMarks) continue; // no whitespace: "1.500", "U.S.Army", "ok.”Next"
    const next = text.charCodeAt(j);
    if (isContinuationCode(next) || isTerminalCode(next) || isLowerAt(text, j, end)) continue;
    if ((last === 46 || last === 0x2026) && lowercaseAhead(text, j, end)) continue;
    if (text.charCodeAt(afterMarks - 1) === 46 && shouldGlueAt(text, Math.max(start, j - 24), afterMarks, j)) continue;
    if (isCloserCode(next) && onlyClosersLeft(text, j, end)) return end;
    return j;
  }
}
