import { recordAudit } from "@/lib/db/audit";
import type { Db, Tx } from "@/lib/db/create-client";
import { DomainError, notFound } from "@/lib/errors";
import type { AssignClaimInput, BulkAssignInput } from "@/lib/schemas/workflow";

async function checkAssignee(tx: Tx, assigneeId: string | null): Promise<void> {
  if (!assigneeId) return;
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { active: true } });
  if (!user?.active) throw new DomainError("invalid", "Choose an active person to assign.", { assigneeId: ["Choose an active person"] });
}

/** Assigns one claim to a reviewer (or clears it) if the claim is still at the version the editor saw. */
export async function assignClaim(db: Db, input: AssignClaimInput, actorId: string) {
  return db.$transaction(async (tx) => {
    await checkAssignee(tx, input.assigneeId);
    const before = await tx.claim.findUnique({ where: { id: input.claimId }, select: { articleId: true, assigneeId: true, version: true } });
    if (!before) throw notFound("Claim");
    const updated = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.expectedVersion },
      data: { assigneeId: input.assigneeId, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new DomainError("conflict", "Someone changed this claim since you opened it; it was reloaded, assign again.");
    await recordAudit(tx, {
      actorId,
      entityType: "claim",
      entityId: input.claimId,
      action: "claim.assign",
      before: { assigneeId: before.assigneeId },
      after: { assigneeId: input.assigneeId },
    });
    return { articleId: before.articleId, claimId: input.claimId, version: before.version + 1 };
  });
}

/**
 * Assigns many claims of one article at once. A bulk action comes from a
 * list, not from an edit form, so there is no version to check: assignment
 * only touches assigneeId, but the version is still bumped so any open form
 * on one of these claims sees the change.
 */
export async function bulkAssign(db: Db, input: BulkAssignInput, actorId: string) {
  return db.$transaction(async (tx) => {
    await checkAssignee(tx, input.assigneeId);
    const claims = await tx.claim.findMany({ where: { id: { in: input.claimIds }, articleId: input.articleId }, select: { id: true, assigneeId: true } });
    if (claims.length !== input.claimIds.length) throw new DomainError("invalid", "Some selected claims are not in this article any more; reload and select again.");
    await tx.claim.updateMany({ where: { id: { in: input.claimIds } }, data: { assigneeId: input.assigneeId, version: { increment: 1 } } });
    for (const c of claims) {
      await recordAudit(tx, { actorId, entityType: "claim", entityId: c.id, action: "claim.assign", before: { assigneeId: c.assigneeId }, after: { assigneeId: input.assigneeId } });
    }
    return { articleId: input.articleId, count: claims.length };
  });
}
