import type { Db } from "@/lib/db/create-client";
import {
  afterStartId,
  beforeCreatedAtId,
  createdAtIdKey,
  decodeCursor,
  pageLimitSchema,
  startIdKey,
  toPage,
  type Page,
} from "@/lib/db/keyset";

/**
 * Keyset-paginated lists that grow with the desk: articles (newest first)
 * and the claims of one article (text order). Each reads limit + 1 rows
 * along an index (Article(createdAt, id), Claim(articleId, start, id) or
 * Claim(articleId, status, start)); see list-pages.explain.test.ts.
 */

export interface ArticlePageItem {
  id: string;
  title: string;
  language: string;
  publisher: string | null;
  createdAt: Date;
  claimCount: number;
  reviewedCount: number;
}

export async function listArticlesPage(db: Db, input: { limit?: number; cursor?: string | null } = {}): Promise<Page<ArticlePageItem>> {
  const limit = pageLimitSchema.parse(input.limit);
  const after = decodeCursor(createdAtIdKey, input.cursor);
  const rows = await db.article.findMany({
    where: beforeCreatedAtId(after),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, title: true, language: true, publisher: true, createdAt: true },
  });
  // Counted for this page's articles only (an index range each). Prisma's
  // `_count` select would aggregate every claim of every article first.
  const ids = rows.slice(0, limit).map((r) => r.id);
  const [claims, reviewed] = ids.length
    ? await Promise.all([
        db.claim.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true } }),
        db.claim.groupBy({ by: ["articleId"], where: { articleId: { in: ids }, verdicts: { some: {} } }, _count: { _all: true } }),
      ])
    : [[], []];
  const claimsBy = new Map(claims.map((r) => [r.articleId, r._count._all]));
  const reviewedBy = new Map(reviewed.map((r) => [r.articleId, r._count._all]));
  const items = rows.map((a) => ({ ...a, claimCount: claimsBy.get(a.id) ?? 0, reviewedCount: reviewedBy.get(a.id) ?? 0 }));
  return toPage(items, limit, (a) => ({ createdAt: a.createdAt.toISOString(), id: a.id }));
}

export interface ClaimPageItem {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  score: number;
  status: string;
  version: number;
}

export async function listArticleClaimsPage(
  db: Db,
  input: { articleId: string; status?: string; limit?: number; cursor?: string | null },
): Promise<Page<ClaimPageItem>> {
  const limit = pageLimitSchema.parse(input.limit);
  const after = decodeCursor(startIdKey, input.cursor);
  const rows = await db.claim.findMany({
    where: { articleId: input.articleId, ...(input.status ? { status: input.status } : {}), ...afterStartId(after) },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: { id: true, text: true, start: true, end: true, speaker: true, score: true, status: true, version: true },
  });
  return toPage(rows, limit, (c) => ({ start: c.start, id: c.id }));
}
