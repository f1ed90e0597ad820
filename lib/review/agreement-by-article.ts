import "server-only";
import { db } from "@/lib/db/client";
import { cohenKappa, independentPair, type Agreement, type ReviewedVerdict } from "./agreement";

/**
 * Reviewer agreement (Cohen's κ) for the given articles that use blind
 * second review: only there are the first two verdicts independent. One
 * query over those articles' verdicts, oldest first.
 */
export async function agreementByArticle(articleIds: string[]): Promise<Map<string, Agreement>> {
  if (articleIds.length === 0) return new Map();
  const verdicts = await db.verdict.findMany({
    where: { claim: { articleId: { in: articleIds }, article: { blindReview: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { authorId: true, claimId: true, rating: { select: { key: true } }, claim: { select: { articleId: true } } },
  });
  const byClaim = new Map<string, { articleId: string; reviews: ReviewedVerdict[] }>();
  for (const v of verdicts) {
    const entry = byClaim.get(v.claimId) ?? { articleId: v.claim.articleId, reviews: [] };
    entry.reviews.push({ authorId: v.authorId, ratingKey: v.rating.key });
    byClaim.set(v.claimId, entry);
  }
  const pairsByArticle = new Map<string, [string, string][]>();
  for (const { articleId, reviews } of byClaim.values()) {
    const pair = independentPair(reviews);
    if (pair) pairsByArticle.set(articleId, [...(pairsByArticle.get(articleId) ?? []), pair]);
  }
  return new Map([...pairsByArticle].map(([articleId, pairs]) => [articleId, cohenKappa(pairs)]));
}
