import { databaseKind, type Db } from "@/lib/db/create-client";
import { decodeCursor, pageLimitSchema, seqKey, toPage, type Page } from "@/lib/db/keyset";
import { searchWords } from "./fts-query";
import { searchPostgres } from "./postgres-search";
import type { ClaimSearchHit, SearchClaimsInput } from "./search-row";
import { searchSqlite } from "./sqlite-search";

export type { ClaimSearchHit, SearchClaimsInput } from "./search-row";

/**
 * Full-text search over claims, their sources and their verdicts'
 * rationales, with Portuguese and English stemming and accent folding.
 * Most recently added claims first, keyset-paginated by the claim's search
 * sequence number.
 *
 * One function, two engines (docs/decisions/0004-postgresql.md), both over
 * one document per claim kept in step by triggers (the
 * 20261126060000_claim_search_documents migrations): SQLite FTS5
 * (sqlite-search.ts) and PostgreSQL tsvector + GIN (postgres-search.ts).
 * Both read only as far as the page needs, so a page costs about the same
 * at 1k and 1M claims however common the word. User text is always a bound
 * parameter.
 */
export async function searchClaims(db: Db, input: SearchClaimsInput): Promise<Page<ClaimSearchHit>> {
  const limit = pageLimitSchema.parse(input.limit);
  const after = decodeCursor(seqKey, input.cursor);
  if (searchWords(input.query).length === 0) return { items: [], nextCursor: null };
  const search = databaseKind(db) === "postgres" ? searchPostgres : searchSqlite;
  const rows = await search(db, input, after, limit + 1);
  const page = toPage(rows, limit, (r) => ({ seq: Number(r.seq) }));
  return { items: page.items.map(({ seq: _seq, ...hit }) => ({ ...hit, createdAt: new Date(hit.createdAt) })), nextCursor: page.nextCursor };
}
