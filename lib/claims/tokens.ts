// Word tokens with exact offsets. Every later stage (speaker, score, grouping)
// works on this one list so each sentence is scanned only once.
// Speed: a hand-written char-code scanner replaces the Unicode word regex (same
// matches, see WORD below), and the per-word facts (folded form, case, digits)
// are cached per distinct spelling, because news vocabulary repeats heavily.
// The cache (spelling-table.ts) is keyed by a hash computed during the scan, so
// a repeated word costs neither a substring nor a string hash.

import { fold } from "./text-utils";
import { charClass } from "./char-class";
import { SpellingTable } from "./spelling-table";

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

// Class of each UTF-16 code unit, filled on first sight: one typed-array read
// per character in the scanner below. ASCII is filled up front.
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
const HIGH_SURROGATE = 3;
const UNIT_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) UNIT_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : OTHER;

function classify(c: number): number {
  const k = c >= 0xd800 && c <= 0xdbff ? HIGH_SURROGATE : isWordCodePoint(c) ? WORD : OTHER;
  UNIT_CLASS[c] = k;
  return k;
}

/**
 * Length (1 or 2 code units) of the word character at i, whose code unit `c`
 * the caller has already read, or 0. Pairs never straddle `end`.
 */
function wordWidth(body: string, c: number, i: number, end: number): number {
  let k = UNIT_CLASS[c] ?? UNKNOWN;
  if (k === UNKNOWN) k = classify(c);
  if (k === WORD) return 1;
  if (k === HIGH_SURROGATE && i + 1 < end) {
    const d = body.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isWordCodePoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) ? 2 : 0;
  }
  // A lone surrogate is its own code point (category Cs): never a word char.
  return 0;
}

function isJoiner(c: number): boolean {
  // ’ ' - . , º °
  return c === 0x2019 || c === 39 || c === 45 || c === 46 || c === 44 || c === 0xba || c === 0xb0;
}

/** Facts that depend only on the spelling of a word. */
export interface WordFacts {
  /** The spelling. */
  raw: string;
  norm: string;
  upper: boolean;
  acronym: boolean;
  digit: boolean;
  // Memo slots for later stages, so a repeated word skips their Map lookups.
  // Each is valid only while its key matches the caller's (see word-bits.ts, similarity.ts, stem-index.ts).
  bitsKey: object | null;
  bits: number;
  stemKey: object | null;
  stem: string | null;
  /** The stem's integer id in one StemIndex (valid while idKey is that index). */
  idKey: object | null;
  id: number;
}

const MAX_FACTS = 100_000;
const table = new SpellingTable<WordFacts>(MAX_FACTS);

/** FNV-1a step over one UTF-16 code unit. */
function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
const FNV_START = 0x811c9dc5 | 0;

/** The facts of body[s, e), whose hash (mix over its code units from FNV_START) is `h`. */
function lookup(body: string, s: number, e: number, h: number): WordFacts {
  let f = table.get(body, s, e, h);
  if (f === null) {
    f = factsOf(body.slice(s, e));
    table.set(body, s, e, h, f);
  }
  return f;
}

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
  const upper = isUpperStart(raw);
  return {
    raw, norm: fold(raw), upper, acronym: upper && raw.length >= 2 && ACRONYM.test(raw), digit: hasDigit(raw),
    bitsKey: null, bits: 0, stemKey: null, stem: null, idKey: null, id: 0,
  };
}

/**
 * Reusable storage for tokenize(). The extractor tokenises one sentence at a time
 * and drops its tokens before the next, so ~170k tokens and ~17k token arrays per
 * MB can be a few dozen reused objects (garbage was a fifth of the extractor's time).
 * What tokenize() returns with a pool is valid only until its next call.
 */
export class TokenPool {
  /** Token objects, reused in order: the k-th word of every sentence is tokens[k]. */
  readonly tokens: Token[] = [];
  /**
   * byLength[n]: tokens[0, n) as an array of exactly n, handed out for every
   * sentence of n words. Those objects never change identity, so it stays valid.
   */
  private readonly byLength: Array<Token[] | null> = [];

  /** The first n pooled tokens. */
  view(n: number): Token[] {
    const byLength = this.byLength;
    while (byLength.length <= n) byLength.push(null);
    let out = byLength[n];
    if (!out) byLength[n] = out = this.tokens.slice(0, n);
    return out;
  }
}

/**
 * The words of body[start, end). With a `pool`, the Token objects and the array
 * are reused (see TokenPool) instead of allocated.
 */
export function tokenize(body: string, start: number, end: number, pool?: TokenPool): Token[] {
  const out: Token[] = pool ? pool.tokens : [];
  let n = 0;
  let i = start;
  while (i < end) {
    let c = body.charCodeAt(i);
    let w = wordWidth(body, c, i, end);
    if (w === 0) {
      i++;
      continue;
    }
    // One word, each character read once; its hash is mixed in as it is
    // scanned, for the facts table.
    const s = i;
    let h = FNV_START;
    for (;;) {
      h = mix(h, c);
      if (w === 2) h = mix(h, body.charCodeAt(i + 1));
      i += w;
      if (i >= end) break;
      c = body.charCodeAt(i);
      w = wordWidth(body, c, i, end);
      if (w > 0) continue;
      // A joiner continues the word only when a word character follows it.
      if (!isJoiner(c) || i + 1 >= end) break;
      const d = body.charCodeAt(i + 1);
      const wd = wordWidth(body, d, i + 1, end);
      if (wd === 0) break;
      h = mix(h, c);
      i++;
      c = d;
      w = wd;
    }
    const f = lookup(body, s, i, h);
    // Without a pool `out` is fresh, so every token is a new object.
    const t = n < out.length ? out[n] : undefined;
    if (t) {
      t.start = s;
      t.end = i;
      t.raw = f.raw;
      t.norm = f.norm;
      t.upper = f.upper;
      t.acronym = f.acronym;
      t.digit = f.digit;
      t.word = f;
    } else {
      out.push({ start: s, end: i, raw: f.raw, norm: f.norm, upper: f.upper, acronym: f.acronym, digit: f.digit, word: f });
    }
    n++;
  }
  return pool ? pool.view(n) : out;
}
