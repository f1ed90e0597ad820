import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import { notFound } from "@/lib/errors";
import type { SetBlindReviewInput } from "@/lib/schemas/article-settings";

/** Turns blind second review on or off for an article. */
export async function setBlindReview(db: Db, input: SetBlindReviewInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id: input.articleId }, select: { blindReview: true } });
    if (!before) throw notFound("Article");
    await tx.article.update({ where: { id: input.articleId }, data: { blindReview: input.blindReview } });
    await recordAudit(tx, { actorId, entityType: "article", entityId: input.articleId, action: "article.setBlindReview", before, after: { blindReview: input.blindReview } });
    return { articleId: input.articleId, blindReview: input.blindReview };
  });
}
