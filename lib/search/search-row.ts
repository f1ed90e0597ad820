import { Prisma } from "@/lib/db/generated/sqlite/client";

export interface SearchClaimsInput {
  /** what the user typed; every word must match somewhere in the claim's record (text, speaker, sources, rationales) */
  query: string;
  /** only claims of this article */
  articleId?: string;
  limit?: number;
  /** `nextCursor` of the previous page */
  cursor?: string | null;
}

export interface ClaimSearchHit {
  claimId: string;
  articleId: string;
  articleTitle: string;
  text: string;
  speaker: string | null;
  status: string;
  createdAt: Date;
}

/** A hit as both engines return it: dates may come back as text (SQLite), the sequence as bigint (PostgreSQL). */
export type SearchRow = Omit<ClaimSearchHit, "createdAt"> & { createdAt: Date | string; seq: number | bigint };

/** The hit's columns, the same for both engines (aliases: c = Claim, a = Article). */
export const hitColumns = Prisma.sql`c."id" AS "claimId", c."articleId", a."title" AS "articleTitle", c."text", c."speaker", c."status", c."createdAt"`;
