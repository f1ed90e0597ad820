// Word tokens with exact offsets. Every later stage (speaker, score, grouping)
// works on this one list so each sentence is scanned only once.
// Speed: a hand-written char-code scanner replaces the Unicode word regex (same
// matches, see WORD below), and the per-word facts (folded form, case, digits)
// are cached per distinct spelling, because news vocabulary repeats heavily.

import { fold } from "./text-utils";
import { charClass } from "./char-class";

export interface Token {
  start: number; // absolute offset into the body
  end: number;
  raw: string;
  /** lowercase, accents stripped */
  norm: string;
  upper: boolean; // starts with an uppercase letter
  acronym: boolean; // two or more capitals, e.g. EUA, NBC, U.S
  digit: boolean;
  /** The cached facts of this spelling, shared by every token with the same raw text. */
  word: WordFacts;
}

// The scanner below reproduces exactly this regex (greedy, so no backtracking
// ever changes a match): letters/digits, keeping inner joiners:
// "quinta-feira", "1.500", "3,5", "U.S", "don't".
//   /[\p{L}\p{N}]+(?:[’'\-.,º°][\p{L}\p{N}]+)*/gu
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}(?:\.?\p{Lu})+$/u;
const DIGIT = /\p{N}/u;

const isWordCodePoint = charClass(LETTER_OR_DIGIT);

/** Length (1 or 2 code units) of the word character at i, or 0. Pairs never straddle `end`. */
function wordCharAt(body: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = body.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = body.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isWordCodePoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) ? 2 : 0;
  }
  // A lone surrogate is its own code point (category Cs): never a word char.
  return isWordCodePoint(c) ? 1 : 0;
}

function isJoiner(c: number): boolean {
  // ’ ' - . , º °
  return c === 0x2019 || c === 39 || c === 45 || c === 46 || c === 44 || c === 0xba || c === 0xb0;
}

/** Facts that depend only on the spelling of a word. */
export interface WordFacts {
  norm: string;
  upper: boolean;
  acronym: boolean;
  digit: boolean;
  // Memo slots for later stages, so a repeated word skips their Map lookups.
  // Each is valid only while its key matches the caller's (see score.ts, similarity.ts).
  bitsKey: object | null;
  bits: number;
  stemKey: object | null;
  stem: string | null;
}

const MAX_FACTS = 100_000;
const facts = new Map<string, WordFacts>();

/** Uppercase first letter; ASCII answered by char code, the rest by the Unicode regex. */
function isUpperStart(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(raw);
}

function hasDigit(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c >= 128 && DIGIT.test(raw)) return true;
  }
  return false;
}

function factsOf(raw: string): WordFacts {
  let f = facts.get(raw);
  if (f) return f;
  const upper = isUpperStart(raw);
  f = {
    norm: fold(raw), upper, acronym: upper && raw.length >= 2 && ACRONYM.test(raw), digit: hasDigit(raw),
    bitsKey: null, bits: 0, stemKey: null, stem: null,
  };
  if (facts.size >= MAX_FACTS) facts.clear(); // bounded memory on adversarial vocabularies
  facts.set(raw, f);
  return f;
}

export function tokenize(body: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    let w = wordCharAt(body, i, end);
    if (w === 0) {
      i++;
      continue;
    }
    const s = i;
    for (;;) {
      while (w > 0) {
        i += w;
        w = wordCharAt(body, i, end);
      }
      // A joiner continues the word only when a word character follows it.
      if (i < end && isJoiner(body.charCodeAt(i)) && (w = wordCharAt(body, i + 1, end)) > 0) {
        i++;
        continue;
      }
      break;
    }
    const raw = body.slice(s, i);
    const f = factsOf(raw);
    out.push({ start: s, end: i, raw, norm: f.norm, upper: f.upper, acronym: f.acronym, digit: f.digit, word: f });
  }
  return out;
}
