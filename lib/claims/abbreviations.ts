// Abbreviations after which ICU's sentence segmenter wrongly breaks ("Sr. | Putin").
// Stored lowercase without the final dot.

import { charClass, codePointBefore } from "./char-class";
import { isWhitespaceCode } from "./text-utils";

/** Always followed by a name or number: never end a sentence. */
const TITLES = new Set(
  `sr sra srta srs dr dra drs prof profa mr mrs ms messrs st lt gen col capt cap sgt maj adm cmdr rep sen gov
   rev fr hon pres min dep gal ten cel av r nº n no nos vol pp p fig art arts inc cia ltda exmo exma
   approx vs cf eng arq sto sta`.split(/\s+/),
);

/** Months: only glue when a number follows ("Jan. 5", "fev. de 2022"). */
const MONTHS = new Set(
  `jan feb fev mar apr abr jun jul aug ago sep sept set oct out nov dec dez`.split(/\s+/),
);

/** Sentence-final-capable abbreviations: glue only if the next piece starts lowercase. */
const SOFT = new Set(`etc a.m p.m e.g i.e co corp ltd jr sr.a`.split(/\s+/));

// The word before a final dot, as the regex /([\p{L}.º]+)\.\s*$/u would capture it (see lastWord).
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){1,4}\p{Lu}?$/u;
const INITIAL = /^\p{Lu}$/u;

/** Typical first words of a real new sentence after "U.S." at a sentence end. */
const SENTENCE_OPENERS = new Set(
  "The A An He She It They We I In On At But And This That These Those His Her Their O A Os As Ele Ela Eles Elas Em No Na Mas Isso Segundo".split(" "),
);

// Word characters of LAST_WORD, and the first-character tests, as cached classes.
const inLastWord = charClass(/^[\p{L}.º]$/u);
const isLower = charClass(/^\p{Ll}$/u);
const isNumber = charClass(/^\p{N}$/u);

/**
 * LAST_WORD's capture on text[from, end) without slicing or a regex: the word is
 * the maximal run of [\p{L}.º] right before a final "." (trailing spaces allowed).
 */
function lastWord(text: string, from: number, end: number): string | null {
  let i = end - 1;
  while (i >= from && isWhitespaceCode(text.charCodeAt(i))) i--;
  if (i < from || text.charCodeAt(i) !== 46) return null;
  const dot = i;
  let j = dot;
  while (j > from) {
    const [cp, len] = codePointBefore(text, j, from);
    if (!inLastWord(cp)) break;
    j -= len;
  }
  return j === dot ? null : text.slice(j, dot);
}

/**
 * Should the segment ending with `prev` be glued to the one starting with `next`?
 * `prev` is the raw segment (may end in spaces), `next` the following one.
 */
export function shouldGlue(prev: string, next: string): boolean {
  return shouldGlueAt(prev, 0, prev.length, next);
}

/** shouldGlue with `prev` given as text[from, end), so callers need not slice. */
export function shouldGlueAt(text: string, from: number, end: number, next: string): boolean {
  // First code unit after leading whitespace (String.prototype.trimStart's set).
  let f = 0;
  while (f < next.length && isWhitespaceCode(next.charCodeAt(f))) f++;
  const c = f < next.length ? next.charCodeAt(f) : -1;
  // A sentence practically never starts lowercase or with a comma/digit glued to a dot.
  // (A lone high surrogate, as charAt() yields for astral letters, is never \p{Ll}.)
  if (c === 44 || c === 59 || (c >= 97 && c <= 122) || (c >= 128 && isLower(c))) return true;
  const word = lastWord(text, from, end);
  if (word === null) return false;
  let lower = word.toLowerCase();
  if (lower.charCodeAt(0) === 46) lower = lower.replace(/^\.+/, "");
  if (TITLES.has(lower)) return true;
  if (MONTHS.has(lower)) return c >= 0 && isNumber(c);
  if (SOFT.has(lower)) return false;
  if (INITIAL.test(word)) return true; // "J. R. Smith", "Folha de S. Paulo"
  if (DOTTED_ACRONYM.test(word + ".") || DOTTED_ACRONYM.test(word)) {
    const nextWord = /^\p{L}+/u.exec(next.trimStart())?.[0] ?? "";
    return !SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}
