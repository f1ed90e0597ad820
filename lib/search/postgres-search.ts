import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { Db } from "@/lib/db/create-client";
import type { SeqKey } from "@/lib/db/keyset";
import { searchWords } from "./fts-query";
import { hitColumns, type SearchClaimsInput, type SearchRow } from "./search-row";

/**
 * PostgreSQL: ClaimSearch.document, one Portuguese + English tsvector per
 * claim with a GIN index (20261126060000_claim_search_documents). Ordered by
 * seq: the planner walks seq backwards and stops at LIMIT for a common word,
 * reads the GIN posting list and sorts the few hits for a rare one; scoped
 * to an article, it walks (articleId, seq).
 */
export async function searchPostgres(db: Db, input: SearchClaimsInput, after: SeqKey | null, take: number): Promise<SearchRow[]> {
  const q = searchWords(input.query).join(" ");
  // the configurations the documents are built with (claimdesk_search_vector)
  const tsquery = Prisma.sql`(plainto_tsquery('claimdesk_pt'::regconfig, ${q}) || plainto_tsquery('claimdesk_en'::regconfig, ${q}))`;
  const inArticle = input.articleId ? Prisma.sql`AND k."articleId" = ${input.articleId}` : Prisma.empty;
  const before = after ? Prisma.sql`AND k."seq" < ${after.seq}` : Prisma.empty;
  return db.$queryRaw<SearchRow[]>`
    SELECT ${hitColumns}, k."seq"
    FROM "ClaimSearch" k
    JOIN "Claim" c ON c."id" = k."claimId"
    JOIN "Article" a ON a."id" = c."articleId"
    WHERE k."document" @@ ${tsquery} ${inArticle} ${before}
    ORDER BY k."seq" DESC
    LIMIT ${take}`;
}
