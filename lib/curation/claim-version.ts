import type { Tx } from "@/lib/db/create-client";
import { DomainError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/db/generated/sqlite/client";

export const claimSnapshotSelect = {
  id: true,
  articleId: true,
  text: true,
  start: true,
  end: true,
  speaker: true,
  speakerStart: true,
  speakerEnd: true,
  status: true,
  checkworthy: true,
  dismissReason: true,
  version: true,
} as const;

export type ClaimSnapshot = Prisma.ClaimGetPayload<{ select: typeof claimSnapshotSelect }>;

export async function loadClaim(tx: Tx, claimId: string): Promise<ClaimSnapshot> {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: claimSnapshotSelect });
  if (!claim) throw notFound("Claim");
  return claim;
}

/**
 * Applies a change to a claim only if it still has the version the reviewer
 * saw; otherwise refuses with the claim as it is now. Every curation write
 * goes through here, and marks the claim as touched by a human so that
 * re-running extraction never undoes it.
 */
export async function updateClaimAtVersion(
  tx: Tx,
  claimId: string,
  expectedVersion: number,
  data: Prisma.ClaimUpdateManyMutationInput,
): Promise<ClaimSnapshot> {
  const updated = await tx.claim.updateMany({
    where: { id: claimId, version: expectedVersion },
    data: { ...data, humanTouched: true, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const current = await tx.claim.findUnique({ where: { id: claimId }, select: claimSnapshotSelect });
    if (!current) throw notFound("Claim");
    throw new DomainError("conflict", "Someone else changed this claim while you were editing. Review their change; your text is kept.", {}, { current });
  }
  return loadClaim(tx, claimId);
}
