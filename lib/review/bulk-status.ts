import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import type { BulkStatusInput } from "@/lib/schemas/workflow";
import { canMoveByHand } from "./workflow";

/**
 * Moves the selected claims to a status, all or nothing: if any of them may
 * not make that move by hand (see workflow.ts), nothing changes and the
 * message says which ones.
 */
export async function bulkSetStatus(db: Db, input: BulkStatusInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({
      where: { id: { in: input.claimIds }, articleId: input.articleId },
      select: { id: true, status: true, text: true },
    });
    if (claims.length !== input.claimIds.length) throw new DomainError("invalid", "Some selected claims are not in this article any more; reload and select again.");
    const moving = claims.filter((c) => c.status !== input.status);
    const refused = moving.filter((c) => !canMoveByHand(c.status, input.status));
    if (refused.length > 0) {
      throw new DomainError(
        "invalid",
        `${refused.length} of the selected claims cannot move to that status by hand (for example “${refused[0]!.text.slice(0, 60)}”, now ${refused[0]!.status.replace("_", " ")}). Nothing was changed.`,
        { status: ["Not allowed for every selected claim"] },
      );
    }
    const dismissReason = input.status === "dismissed" ? (input.reason ?? null) : null;
    if (moving.length > 0) {
      await tx.claim.updateMany({
        where: { id: { in: moving.map((c) => c.id) } },
        data: { status: input.status, dismissReason, humanTouched: true, version: { increment: 1 } },
      });
    }
    for (const c of moving) {
      await recordAudit(tx, { actorId, entityType: "claim", entityId: c.id, action: "claim.status", before: { status: c.status }, after: { status: input.status, reason: dismissReason } });
    }
    return { articleId: input.articleId, count: moving.length };
  });
}
