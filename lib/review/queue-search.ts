import "server-only";
import { db } from "@/lib/db/client";
import { searchClaims } from "@/lib/search/search-claims";

/**
 * The ids of an article's claims matching a full-text query (claim text,
 * speaker, sources, rationales), for the queue. Reads searchClaims' pages
 * up to `max` hits; the queue keeps its own order.
 */
export async function searchArticleClaimIds(articleId: string, query: string, max = 2000): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const page = await searchClaims(db, { query, articleId, limit: 100, cursor });
    for (const hit of page.items) ids.add(hit.claimId);
    cursor = page.nextCursor;
  } while (cursor && ids.size < max);
  return ids;
}
