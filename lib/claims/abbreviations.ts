// Abbreviations after which a "." does not end a sentence ("Sr. Putin", "Jan. 5",
// "J. R. Smith", "the U.S. Army"). Stored lowercase without the final dot.

import { charClass } from "./char-class";
import { isWhitespaceCode as isWhitespaceCodeImport } from "./text-utils";

// Module-local copies of per-character calls (imported bindings are getters under tsx).
const isWhitespaceCode = isWhitespaceCodeImport;

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

// The word before a final dot, as the regex /([\p{L}.º]+)\.\s*$/u would capture it (see wordStart).
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){1,4}\p{Lu}?$/u;
const INITIAL = /^\p{Lu}$/u;

/** Typical first words of a real new sentence after "U.S." at a sentence end. */
const SENTENCE_OPENERS = new Set(
  "The A An He She It They We I In On At But And This That These Those His Her Their O A Os As Ele Ela Eles Elas Em No Na Mas Isso Segundo".split(" "),
);

// Word characters of that word, and the first-character tests, as cached classes.
const inLastWord = charClass(/^[\p{L}.º]$/u);
const isLetter = charClass(/^\p{L}$/u);
const isLower = charClass(/^\p{Ll}$/u);
const isNumber = charClass(/^\p{N}$/u);

// The word before the final dot of text[from, end), found without slicing or a
// regex: the maximal run of [\p{L}.º] right before a final "." (trailing spaces
// allowed). wordEnd gives the dot (or -1), wordStart the word's start (or -1 if empty).

function wordEnd(text: string, from: number, end: number): number {
  let i = end - 1;
  while (i >= from && isWhitespaceCode(text.charCodeAt(i))) i--;
  return i >= from && text.charCodeAt(i) === 46 ? i : -1;
}

function wordStart(text: string, from: number, dot: number): number {
  let j = dot;
  while (j > from) {
    // The code point ending at j (a surrogate pair when both halves lie at or after `from`).
    const c = text.charCodeAt(j - 1);
    if (c >= 0xdc00 && c <= 0xdfff && j - 2 >= from) {
      const h = text.charCodeAt(j - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (!inLastWord((h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000)) break;
        j -= 2;
        continue;
      }
    }
    if (!inLastWord(c)) break;
    j--;
  }
  return j === dot ? -1 : j;
}

/** Longest listed abbreviation, plus slack for case mapping: a longer word without dots matches no rule. */
const MAX_LISTED = Math.max(...[...TITLES, ...MONTHS, ...SOFT].map((w) => w.length)) + 2;

// The three lists as one lookup, in the order the rules try them.
const SOFT_WORD = 0;
const MONTH_WORD = 1;
const TITLE_WORD = 2;
const LISTED = new Map<string, number>();
for (const [words, kind] of [[SOFT, SOFT_WORD], [MONTHS, MONTH_WORD], [TITLES, TITLE_WORD]] as const) for (const w of words) LISTED.set(w, kind);

/** Length and first code unit of a list word (all are ASCII but for "º", never first). */
const shape = (length: number, first: number) => length * 65536 + first;
const LISTED_SHAPES = new Set(Array.from(LISTED.keys(), (w) => shape(w.length, w.charCodeAt(0))));

function hasDot(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** Longer than any SENTENCE_OPENERS word: no need to read further. */
const MAX_OPENER = 10;

/** The letters (/^\p{L}+/u) starting at i, at most MAX_OPENER + 1 of them ("" if none). */
function leadingWord(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i <= MAX_OPENER) {
    const c = text.charCodeAt(j);
    if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : !isLetter(c)) break;
    j++;
  }
  return text.slice(i, j);
}

/**
 * Should the segment ending with `prev` be glued to the one starting with `next`?
 * `prev` is the raw segment (may end in spaces), `next` the following one.
 */
export function shouldGlue(prev: string, next: string): boolean {
  return shouldGlueAt(prev + next, 0, prev.length, prev.length);
}

/**
 * shouldGlue on offsets, so the scanner need not slice: the previous piece is
 * text[from, end) and the next one starts at `next` (leading spaces allowed).
 */
export function shouldGlueAt(text: string, from: number, end: number, next: number): boolean {
  // First code unit after leading whitespace (String.prototype.trimStart's set).
  let f = next;
  while (f < text.length && isWhitespaceCode(text.charCodeAt(f))) f++;
  const c = f < text.length ? text.charCodeAt(f) : -1;
  // A sentence practically never starts lowercase or with a comma/digit glued to a dot.
  // (A lone high surrogate, as charAt() yields for astral letters, is never \p{Ll}.)
  if (c === 44 || c === 59 || (c >= 97 && c <= 122) || (c >= 128 && isLower(c))) return true;
  const dot = wordEnd(text, from, end);
  if (dot < 0) return false;
  const start = wordStart(text, from, dot);
  if (start < 0) return false;
  const dotted = hasDot(text, start, dot);
  const onePoint = dot - start === 1 || (dot - start === 2 && text.charCodeAt(start) >= 0xd800 && text.charCodeAt(start) <= 0xdbff);
  if (!dotted && !onePoint) {
    // An ordinary word: neither an initial nor a dotted acronym, so only the
    // lists can glue it, and no list word is this long.
    if (dot - start > MAX_LISTED) return false;
    // Cheaper still: no list word has this length and (lowercase ASCII) first letter.
    const first = text.charCodeAt(start);
    if (first < 128 && !LISTED_SHAPES.has(shape(dot - start, first >= 65 && first <= 90 ? first + 32 : first))) return false;
    const kind = LISTED.get(text.slice(start, dot).toLowerCase());
    if (kind === undefined || kind === SOFT_WORD) return false;
    return kind === TITLE_WORD || (c >= 0 && isNumber(c));
  }
  const word = text.slice(start, dot);
  let lower = word.toLowerCase();
  if (lower.charCodeAt(0) === 46) lower = lower.replace(/^\.+/, "");
  if (TITLES.has(lower)) return true;
  if (MONTHS.has(lower)) return c >= 0 && isNumber(c);
  if (SOFT.has(lower)) return false;
  if (INITIAL.test(word)) return true; // "J. R. Smith", "Folha de S. Paulo"
  if (DOTTED_ACRONYM.test(word + ".") || DOTTED_ACRONYM.test(word)) {
    return !SENTENCE_OPENERS.has(leadingWord(text, f));
  }
  return false;
}
