// Public API of the claim extraction engine. Pure TypeScript over plain data:
// nothing here may import Next, React or Prisma.

import type { ExtractOptions, ExtractionResult } from "./types";
import { extract } from "./extract";
import { detectLanguage as detect } from "./language";

export type { ClaimLanguage, ExtractedClaim, ExtractOptions, ExtractionResult } from "./types";
export { claimSimilarity, DUPLICATE_THRESHOLD } from "./similarity";

/**
 * Every sentence-level claim candidate of `body`, in body order, scored for
 * check-worthiness, attributed and grouped. Never throws: any input (empty,
 * huge, binary, lone surrogates) yields a valid, possibly empty, result.
 */
export function extractClaims(body: string, options?: ExtractOptions): ExtractionResult {
  try {
    return extract(body, options ?? {});
  } catch {
    // Last-resort guard for a request path; the property tests make sure it is never needed.
    return { language: options?.language === "en" ? "en" : "pt", claims: [] };
  }
}

export function detectLanguage(text: string): ExtractionResult["language"] {
  try {
    return detect(text);
  } catch {
    return "pt";
  }
}
