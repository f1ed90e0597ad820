import type { Tx } from "./create-client";

export type AuditEntity = "article" | "claim" | "source" | "verdict" | "comment" | "user" | "rating_scale";

export interface AuditRecord {
  actorId: string | null;
  entityType: AuditEntity;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends an audit event inside the caller's transaction, so a change and its
 * record commit or roll back together. There is no update or delete of audit
 * events anywhere in the app.
 */
export async function recordAudit(tx: Tx, event: AuditRecord): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    },
  });
}
