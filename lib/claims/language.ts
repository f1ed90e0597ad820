// Language guess by function-word counts. Function words are frequent, short and
// distinct between Portuguese and English, so a few kB of text is plenty.
// Speed: one char-code scan of the sample, no regex match objects and no word
// strings: a word of up to 4 Latin-1 letters is packed into an integer key.

import type { ClaimLanguage } from "./types";
import { charClass } from "./char-class";

const PT = new Set("o os as um uma do da dos das no na nos nas em que não nao é e com para por ao à se mais foi está são pelo pela".split(" "));
const EN = new Set("the of and to in is was that for on with as by at from it are were be has have said this".split(" "));
/** Longest prefix we look at: detection stays O(1) on a 10 MB body. */
const SAMPLE = 20_000;
/** Function words have at most 4 letters, all in Latin-1 once lowercased. */
const MAX_KEY_LETTERS = 4;

/** The integer key of a lowercase word: its code units as base-256 digits. */
function keyOf(word: string): number {
  let k = 0;
  for (let i = 0; i < word.length; i++) k = k * 256 + word.charCodeAt(i);
  return k;
}
const PT_KEYS = new Set(Array.from(PT, keyOf));
const EN_KEYS = new Set(Array.from(EN, keyOf));

const isLetter = charClass(/^\p{L}$/u);

// What the scan needs of each character, as one number: NOT_LETTER; or a letter
// outside Latin-1 (OTHER_LETTER, which rules out a function word); or a Latin-1
// letter's lowercase code (what toLowerCase() gives in that range), plus
// PT_ACCENT for the Portuguese-only letters, strong evidence on their own.
const NOT_LETTER = -1;
const PT_ACCENT = 0x100;
const OTHER_LETTER = 0x200;
const LATIN1 = new Int16Array(256);
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  LATIN1[c] = !isLetter(c) ? NOT_LETTER : (ch.toLowerCase().charCodeAt(0) & 0xff) | ("ãõçáéíóúâêôÃÕÇÁÉÍÓÚÂÊÔ".includes(ch) ? PT_ACCENT : 0);
}

export function detectLanguage(text: string): ClaimLanguage {
  const sample = typeof text === "string" ? text.slice(0, SAMPLE) : "";
  // Ties (including empty text) go to Portuguese, the desk's primary language.
  return englishLead(sample) > 0 ? "en" : "pt";
}

/**
 * English evidence minus Portuguese evidence (integers and halves: exact).
 * Kept in one variable and compared by the caller, so the hot loop's optimised
 * (OSR) code ends in a plain return: any operation after the loop kept
 * deoptimising it, on every call, for lack of type feedback.
 */
function englishLead(sample: string): number {
  let lead = 0;
  // The current word (a maximal /\p{L}+/ run): its key while it can still be a function word.
  let inWord = false;
  let key = 0;
  let letters = 0;
  const n = sample.length;
  for (let i = 0; i <= n; i++) {
    let info = NOT_LETTER;
    if (i < n) {
      const c = sample.charCodeAt(i);
      if (c < 256) info = LATIN1[c] ?? NOT_LETTER;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && sample.charCodeAt(i + 1) >= 0xdc00 && sample.charCodeAt(i + 1) <= 0xdfff) {
        // A surrogate pair is one code point: a letter or not as a whole.
        if (isLetter((c - 0xd800) * 0x400 + (sample.charCodeAt(i + 1) - 0xdc00) + 0x10000)) info = OTHER_LETTER;
        i++;
      } else if (isLetter(c)) info = OTHER_LETTER;
    }
    if (info === NOT_LETTER) {
      if (inWord && letters <= MAX_KEY_LETTERS) {
        if (PT_KEYS.has(key)) lead--;
        if (EN_KEYS.has(key)) lead++;
      }
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      key = 0;
      letters = 0;
    }
    if ((info & PT_ACCENT) !== 0) lead -= 0.5;
    if (letters < MAX_KEY_LETTERS) {
      if (info === OTHER_LETTER) letters = MAX_KEY_LETTERS;
      else key = key * 256 + (info & 0xff);
    }
    letters++;
  }
  return lead;
}
