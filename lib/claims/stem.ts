// Snowball stemming (via @orama/stemmers) with a bounded memo: news vocabulary
// repeats heavily, so the cache turns stemming into a Map lookup on big bodies.

import { stemmer as stemPt } from "@orama/stemmers/portuguese";
import { stemmer as stemEn } from "@orama/stemmers/english";
import type { ClaimLanguage } from "./types";
import { fold } from "./text-utils";

const MAX_CACHE = 50_000;
const caches: Record<ClaimLanguage, Map<string, string>> = { pt: new Map(), en: new Map() };

/** Stem a lowercase word, then fold accents so "desesperação"/"desesperados" meet. */
export function stem(word: string, language: ClaimLanguage): string {
  const cache = caches[language];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let out: string;
  try {
    out = fold(language === "pt" ? stemPt(word) : stemEn(word));
  } catch {
    out = fold(word); // the stemmer must never take the extractor down
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, out);
  return out;
}

const rawCaches: Record<ClaimLanguage, Map<string, string>> = { pt: new Map(), en: new Map() };

/**
 * stem() of a token's lowercase spelling, memoised by its raw spelling so the
 * hot path skips the toLowerCase() copy. `norm` is the token's folded form.
 */
export function stemRaw(raw: string, norm: string, language: ClaimLanguage): string {
  const cache = rawCaches[language];
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const out = stem(norm === raw ? raw : raw.toLowerCase(), language);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(raw, out);
  return out;
}
