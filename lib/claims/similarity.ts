// Claim similarity: Dice coefficient over sets of stemmed content words, with
// accents/case normalised and stopwords (including reporting verbs) removed, so
// "Putin planeja se encontrar com Kim" ~ "Kim está planejando se encontrar com Putin".
// A verbatim quoted fragment shared by two claims (news ledes repeat the same
// quote) is strong evidence of the same claim and lifts the score.

import type { ClaimLanguage } from "./types";
import { lexicon } from "./lexicon";
import { stemRaw } from "./stem";
import { tokenize, type Token, type WordFacts } from "./tokens";
import { CLOSE_QUOTES, OPEN_QUOTES, fold } from "./text-utils";

/** Similarity at/above which two claims are treated as the same claim. */
// 0.45: rewordings of one claim (headline vs lede vs body) measured 0.46-1.0 on
// seeds/, distinct claims of the same story at most 0.34.
export const DUPLICATE_THRESHOLD = 0.45;

// Bound once: a per-token call should not go through the module boundary (a getter under tsx/esbuild).
const stemOf = stemRaw;

export interface StemSink {
  /** `word` is the token's shared spelling record, for sinks that memoise per word. */
  put(stem: string, weight: number, word: WordFacts): void;
}

/**
 * Weighted stemmed content words. Numbers (2) and proper names (1.5) weigh more
 * than common words (1): a shared "31%" or "Halden" says more about sameness
 * than a shared "plan".
 */
export function stemSet(tokens: Token[], language: ClaimLanguage): Map<string, number> {
  const out = new Map<string, number>();
  collectStems(tokens, 0, tokens.length, language, {
    put(key: string, w: number): void {
      if ((out.get(key) ?? 0) < w) out.set(key, w);
    },
  });
  return out;
}

/**
 * The weighted stems of tokens [from, to), handed to `sink.put` (which keeps the
 * largest weight per stem). Positions count from `from`, the claim's first word.
 * A sink object rather than a callback: no closure per claim on the hot path.
 */
export function collectStems(tokens: Token[], from: number, to: number, language: ClaimLanguage, sink: StemSink): void {
  const cache = keyCaches[language];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) continue;
    // The token's shared word record remembers its key for this language's cache.
    let key: string | null;
    if (t.word.stemKey === cache) key = t.word.stem;
    else {
      const hit = cache.get(t.raw);
      if (hit === undefined) {
        key = stemKey(t, language);
        if (cache.size >= MAX_KEYS) cache.clear();
        cache.set(t.raw, key);
      } else key = hit;
      t.word.stemKey = cache;
      t.word.stem = key;
    }
    if (key === null) continue;
    const w = t.digit ? 2 : t.upper && k > from ? 1.5 : 1;
    sink.put(key, w, t.word);
  }
}

/** The stem a word contributes, or null for short words, stopwords and reporting verbs. */
function stemKey(t: Token, language: ClaimLanguage): string | null {
  const lex = lexicon(language);
  if (t.norm.length < 2 && !t.digit) return null;
  if (lex.stopwords.has(t.norm) || lex.reportingVerbs.has(t.norm)) return null;
  return t.digit ? t.norm : stemOf(t.raw, t.norm, language);
}

// Raw spelling -> stemKey(): everything in it depends on the spelling alone, so
// a repeated word costs one Map lookup (its string hash is already cached).
const MAX_KEYS = 100_000;
const keyCaches: Record<ClaimLanguage, Map<string, string | null>> = { pt: new Map(), en: new Map() };

/** Weighted Dice: 2·Σ shared weight / (Σ weight a + Σ weight b). */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let total = 0;
  let shared = 0;
  for (const [k, w] of a) {
    total += w;
    const v = b.get(k);
    if (v !== undefined) shared += Math.min(w, v);
  }
  for (const w of b.values()) total += w;
  return (2 * shared) / total;
}

const QUOTED = new RegExp(`[${OPEN_QUOTES}]([^${OPEN_QUOTES}${CLOSE_QUOTES}]{3,200})[${CLOSE_QUOTES}]`, "gu");

/** Normalised quoted fragments of a text ("desesperação"). */
export function quotedFragments(text: string): Set<string> {
  const out = new Set<string>();
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const frag = fold(m[1] ?? "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (frag.length >= 4) out.add(frag);
  }
  return out;
}

/** Combine word overlap with the shared-quote signal. */
export function combine(diceScore: number, sharedQuote: boolean): number {
  return sharedQuote ? Math.max(diceScore, Math.min(1, 0.5 + diceScore)) : diceScore;
}

export function sharesQuote(a: Set<string>, b: Set<string>): boolean {
  for (const q of a) if (b.has(q)) return true;
  return false;
}

export function claimSimilarity(a: string, b: string, language: ClaimLanguage): number {
  if (typeof a !== "string" || typeof b !== "string") return 0;
  const sa = stemSet(tokenize(a, 0, a.length), language);
  const sb = stemSet(tokenize(b, 0, b.length), language);
  const d = dice(sa, sb);
  return Math.round(combine(d, sharesQuote(quotedFragments(a), quotedFragments(b))) * 1000) / 1000;
}
