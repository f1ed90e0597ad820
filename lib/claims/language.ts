// Language guess by function-word counts. Function words are frequent, short and
// distinct between Portuguese and English, so a few kB of text is plenty.

import type { ClaimLanguage } from "./types";

const PT = new Set("o os as um uma do da dos das no na nos nas em que não nao é e com para por ao à se mais foi está são pelo pela".split(" "));
const EN = new Set("the of and to in is was that for on with as by at from it are were be has have said this".split(" "));
const WORD = /\p{L}+/gu;
/** Longest prefix we look at: detection stays O(1) on a 10 MB body. */
const SAMPLE = 20_000;

export function detectLanguage(text: string): ClaimLanguage {
  const sample = typeof text === "string" ? text.slice(0, SAMPLE) : "";
  let pt = 0;
  let en = 0;
  // Portuguese-only letters are strong evidence on their own.
  const accents = sample.match(/[ãõçáéíóúâêô]/giu);
  pt += accents ? accents.length * 0.5 : 0;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (PT.has(w)) pt++;
    if (EN.has(w)) en++;
  }
  // Ties (including empty text) go to Portuguese, the desk's primary language.
  return en > pt ? "en" : "pt";
}
