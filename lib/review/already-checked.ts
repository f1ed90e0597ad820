import "server-only";
import { claimSimilarity, DUPLICATE_THRESHOLD, type ClaimLanguage } from "@/lib/claims";
import { db } from "@/lib/db/client";
import { searchClaims } from "@/lib/search/search-claims";

export interface AlreadyChecked {
  claimId: string;
  articleId: string;
  articleTitle: string;
  text: string;
  similarity: number;
}

/** The most distinctive words of a claim to look it up with: the longest ones. */
export function lookupWords(text: string, count = 3): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{5,}/gu) ?? [];
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, count);
}

/**
 * Claims in other articles that say the same thing and already have a
 * verdict. Candidates come from full-text search on the claim's most
 * distinctive words (so this stays fast at any size); the extractor's
 * similarity decides.
 */
export async function findAlreadyChecked(claim: { id: string; articleId: string; text: string }, language: ClaimLanguage): Promise<AlreadyChecked[]> {
  const candidates = new Map<string, { articleId: string; articleTitle: string; text: string }>();
  for (const word of lookupWords(claim.text)) {
    const page = await searchClaims(db, { query: word, limit: 50 });
    for (const hit of page.items) {
      if (hit.articleId !== claim.articleId) candidates.set(hit.claimId, hit);
    }
  }
  if (candidates.size === 0) return [];
  const checked = await db.claim.findMany({
    where: { id: { in: [...candidates.keys()] }, verdicts: { some: {} } },
    select: { id: true },
  });
  return checked
    .map((c) => {
      const hit = candidates.get(c.id)!;
      return { claimId: c.id, articleId: hit.articleId, articleTitle: hit.articleTitle, text: hit.text, similarity: claimSimilarity(claim.text, hit.text, language) };
    })
    .filter((c) => c.similarity >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 5);
}
