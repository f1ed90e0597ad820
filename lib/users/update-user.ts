import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import { DomainError, notFound } from "@/lib/errors";
import type { Role } from "@/lib/schemas/roles";

/**
 * Changes a person's role or deactivates them. Deactivation ends their
 * sessions; their past work stays attributed to them. An admin cannot demote
 * or deactivate themselves, so a desk never locks itself out.
 */
export async function updateUser(db: Db, input: { userId: string; role: Role; active: boolean }, actorId: string) {
  if (input.userId === actorId && (input.role !== "admin" || !input.active)) {
    throw new DomainError("invalid", "You cannot remove your own admin role or deactivate yourself.");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, active: true } });
    if (!before) throw notFound("User");
    const after = await tx.user.update({ where: { id: input.userId }, data: { role: input.role, active: input.active }, select: { id: true, role: true, active: true } });
    if (!input.active) await tx.session.deleteMany({ where: { userId: input.userId } });
    await recordAudit(tx, { actorId, entityType: "user", entityId: input.userId, action: "user.update", before, after });
    return after;
  });
}
