import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/db/audit";
import { DomainError, notFound } from "@/lib/errors";
import type { SaveVerdictInput } from "@/lib/schemas/verdict";

/**
 * Records a verdict on a claim. Verdicts are appended (history is the list),
 * and the claim's version must match the one the reviewer saw: a stale save
 * is refused with the current verdict, so nobody silently overwrites anyone.
 * In blind review, a reviewer's first verdict is an independent proposal.
 */
export async function recordVerdict(db: Db, input: SaveVerdictInput, actorId: string | null) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { id: true, articleId: true, status: true, version: true, article: { select: { scaleId: true, blindReview: true } } },
    });
    if (!claim) throw notFound("Claim");

    const rating = await tx.rating.findUnique({ where: { id: input.ratingId }, select: { id: true, scaleId: true, key: true } });
    if (!rating || rating.scaleId !== claim.article.scaleId) {
      throw new DomainError("invalid", "That verdict is not on this article's rating scale.", {
        ratingId: ["Choose a verdict from this article's rating scale"],
      });
    }

    // Blind second review: a reviewer's first verdict on a claim is an
    // independent proposal beside the other one (both are kept), so it does
    // not need the version they saw, and must not reveal the other verdict.
    const independent =
      claim.article.blindReview && actorId !== null && (await tx.verdict.count({ where: { claimId: claim.id, authorId: actorId } })) === 0;
    const nextStatus = claim.status === "published" || claim.status === "dismissed" ? claim.status : "awaiting_approval";
    const updated = await tx.claim.updateMany({
      where: independent ? { id: claim.id } : { id: claim.id, version: input.expectedVersion },
      data: { version: { increment: 1 }, status: nextStatus },
    });
    if (updated.count === 0) {
      const current = await tx.verdict.findFirst({
        where: { claimId: claim.id },
        orderBy: { createdAt: "desc" },
        select: { ratingId: true, rationale: true, createdAt: true, author: { select: { name: true } } },
      });
      throw new DomainError(
        "conflict",
        "Someone else changed this claim while you were editing. Your text is kept below; review their change before saving again.",
        {},
        { currentVersion: claim.version, current },
      );
    }

    const verdict = await tx.verdict.create({
      data: { claimId: claim.id, ratingId: rating.id, rationale: input.rationale, authorId: actorId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      entityType: "verdict",
      entityId: verdict.id,
      action: "verdict.propose",
      after: { claimId: claim.id, rating: rating.key, rationale: input.rationale },
    });
    return { verdictId: verdict.id, articleId: claim.articleId, version: claim.version + 1 };
  });
}
