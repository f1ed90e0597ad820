import "server-only";
import { db } from "@/lib/db/client";

export interface ArticleSummary {
  id: string;
  title: string;
  language: string;
  publisher: string | null;
  createdAt: Date;
  claimCount: number;
  reviewedCount: number;
}

/** Articles, newest first, with progress: claims that have a verdict / all claims. */
export async function listArticlesWithProgress(): Promise<ArticleSummary[]> {
  const [articles, reviewed] = await Promise.all([
    db.article.findMany({
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        title: true,
        language: true,
        publisher: true,
        createdAt: true,
        _count: { select: { claims: true } },
      },
    }),
    db.claim.groupBy({ by: ["articleId"], where: { verdicts: { some: {} } }, _count: { _all: true } }),
  ]);
  const reviewedByArticle = new Map(reviewed.map((r) => [r.articleId, r._count._all]));
  return articles.map(({ _count, ...a }) => ({
    ...a,
    claimCount: _count.claims,
    reviewedCount: reviewedByArticle.get(a.id) ?? 0,
  }));
}

export async function articleExists(id: string): Promise<boolean> {
  return (await db.article.count({ where: { id } })) > 0;
}
