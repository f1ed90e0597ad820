import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { Db } from "@/lib/db/create-client";
import type { SeqKey } from "@/lib/db/keyset";
import { ftsMatchExpression, ftsWithinArticle, searchPrefixes, type PrefixExpansions } from "./fts-query";
import { hitColumns, type SearchClaimsInput, type SearchRow } from "./search-row";

/** A prefix standing for more indexed words than this stays a prefix query. */
const MAX_WORDS_PER_PREFIX = 100;
/** Above every character a folded word can hold: `term < prefix + TOP` bounds "starts with prefix". */
const TOP = "\u{10FFFF}";

/**
 * SQLite: the FTS5 table ClaimSearchFts, one document per claim, rowid =
 * the claim's search sequence (20261126060000_claim_search_documents).
 * Ordered by the FTS table's own rowid, which FTS5 consumes (no sort), so
 * the scan stops after `take` matches.
 */
export async function searchSqlite(db: Db, input: SearchClaimsInput, after: SeqKey | null, take: number): Promise<SearchRow[]> {
  const words = ftsMatchExpression(input.query, await expandPrefixes(db, searchPrefixes(input.query)));
  if (!words) return [];
  const match = input.articleId ? ftsWithinArticle(words, input.articleId) : words;
  const before = after ? Prisma.sql`AND f."rowid" < ${after.seq}` : Prisma.empty;
  return db.$queryRaw<SearchRow[]>`
    SELECT ${hitColumns}, f."rowid" AS "seq"
    FROM "ClaimSearchFts" f
    JOIN "ClaimSearch" k ON k."rowid" = f."rowid"
    JOIN "Claim" c ON c."id" = k."claimId"
    JOIN "Article" a ON a."id" = c."articleId"
    WHERE "ClaimSearchFts" MATCH ${match} ${before}
    ORDER BY f."rowid" DESC
    LIMIT ${take}`;
}

/**
 * The indexed words each stem prefix stands for, from the FTS vocabulary
 * (ClaimSearchTerms), in one statement. The vocabulary counts the postings
 * of every word it lists, so a prefix that extends another one ("desemprego"
 * after "desempreg") is not looked up twice: its words are the shorter
 * one's that start with it.
 */
async function expandPrefixes(db: Db, prefixes: string[]): Promise<PrefixExpansions> {
  const roots = prefixes.filter((p) => !prefixes.some((q) => q !== p && p.startsWith(q)));
  if (roots.length === 0) return new Map();
  const ranges = roots.map(
    (p) => Prisma.sql`SELECT * FROM (SELECT ${p} AS "prefix", "term" FROM "ClaimSearchTerms" WHERE "term" >= ${p} AND "term" < ${p + TOP} LIMIT ${MAX_WORDS_PER_PREFIX + 1})`,
  );
  const rows = await db.$queryRaw<{ prefix: string; term: string }[]>`${Prisma.join(ranges, " UNION ALL ")}`;
  const byRoot = new Map<string, string[]>(roots.map((p) => [p, []]));
  for (const { prefix, term } of rows) byRoot.get(prefix)?.push(term);
  return new Map(
    prefixes.map((p) => {
      const [root, terms] = [...byRoot].find(([r]) => p.startsWith(r))!;
      // past the cap the root's list is cut short: p stays a prefix query too
      if (terms.length > MAX_WORDS_PER_PREFIX) return [p, null];
      return [p, root === p ? terms : terms.filter((t) => t.startsWith(p))];
    }),
  );
}
