import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/db/audit";
import { DomainError, notFound } from "@/lib/errors";
import type { ApproveVerdictInput } from "@/lib/schemas/verdict";

/**
 * Approves a claim's current verdict and publishes the claim. Two-person
 * rule: the approver must not be the verdict's author. The claim version the
 * editor saw must still be current, so nobody approves a verdict that changed
 * under them.
 */
export async function approveVerdict(db: Db, input: ApproveVerdictInput, approverId: string) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, articleId: true, version: true, status: true } });
    if (!claim) throw notFound("Claim");
    const current = await tx.verdict.findFirst({
      where: { claimId: claim.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, authorId: true, approvedAt: true },
    });
    if (!current || current.id !== input.verdictId) {
      throw new DomainError("conflict", "This verdict is no longer the claim's current verdict; reload to see the new one.");
    }
    if (current.approvedAt) throw new DomainError("invalid", "This verdict is already approved.");
    if (current.authorId === approverId) {
      throw new DomainError("forbidden", "You wrote this verdict: another editor must approve it (two-person rule).");
    }
    const bumped = await tx.claim.updateMany({
      where: { id: claim.id, version: input.expectedVersion },
      data: { version: { increment: 1 }, status: "published" },
    });
    if (bumped.count === 0) throw new DomainError("conflict", "Someone changed this claim since you opened it; reload before approving.");
    const approvedAt = new Date();
    const updated = await tx.verdict.updateMany({
      where: { id: current.id, version: input.expectedVerdictVersion ?? undefined, approvedAt: null },
      data: { approvedById: approverId, approvedAt, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new DomainError("conflict", "The verdict changed since you opened it; reload before approving.");
    await recordAudit(tx, {
      actorId: approverId,
      entityType: "verdict",
      entityId: current.id,
      action: "verdict.approve",
      before: { status: claim.status, approvedAt: null },
      after: { status: "published", approvedAt: approvedAt.toISOString() },
    });
    return { articleId: claim.articleId, verdictId: current.id };
  });
}
