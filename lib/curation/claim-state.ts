import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import { loadClaim, updateClaimAtVersion } from "./claim-version";

/** Dismisses a claim with the reason a reviewer gives (kept, and shown). */
export async function dismissClaim(db: Db, input: { claimId: string; reason: string; expectedVersion: number }, actorId: string) {
  return db.$transaction(async (tx) => {
    const before = await loadClaim(tx, input.claimId);
    if (before.status === "published") throw new DomainError("invalid", "A published claim cannot be dismissed.");
    const after = await updateClaimAtVersion(tx, input.claimId, input.expectedVersion, { status: "dismissed", dismissReason: input.reason });
    await recordAudit(tx, { actorId, entityType: "claim", entityId: after.id, action: "claim.dismiss", before: { status: before.status }, after: { status: "dismissed", reason: input.reason } });
    return { articleId: after.articleId, claimId: after.id };
  });
}

/** Brings a dismissed claim back into review. */
export async function restoreClaim(db: Db, input: { claimId: string; expectedVersion: number }, actorId: string) {
  return db.$transaction(async (tx) => {
    const before = await loadClaim(tx, input.claimId);
    if (before.status !== "dismissed") throw new DomainError("invalid", "Only a dismissed claim can be restored.");
    const after = await updateClaimAtVersion(tx, input.claimId, input.expectedVersion, { status: "in_review", dismissReason: null });
    await recordAudit(tx, { actorId, entityType: "claim", entityId: after.id, action: "claim.restore", before: { status: "dismissed" }, after: { status: "in_review" } });
    return { articleId: after.articleId, claimId: after.id };
  });
}

/** Promotes a claim the extractor scored below the threshold (or demotes one). */
export async function setCheckworthy(db: Db, input: { claimId: string; checkworthy: boolean; expectedVersion: number }, actorId: string) {
  return db.$transaction(async (tx) => {
    const before = await loadClaim(tx, input.claimId);
    const after = await updateClaimAtVersion(tx, input.claimId, input.expectedVersion, { checkworthy: input.checkworthy });
    await recordAudit(tx, { actorId, entityType: "claim", entityId: after.id, action: "claim.setCheckworthy", before: { checkworthy: before.checkworthy }, after: { checkworthy: input.checkworthy } });
    return { articleId: after.articleId, claimId: after.id };
  });
}
