import type { Db } from "./create-client";
import type { AuditEntity } from "./audit";
import { beforeCreatedAtId, createdAtIdKey, decodeCursor, pageLimitSchema, toPage, type Page } from "./keyset";

export interface AuditPageItem {
  id: string;
  actorId: string | null;
  action: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
}

/**
 * The history of one entity, newest first, keyset-paginated along
 * AuditEvent(entityType, entityId, createdAt, id).
 */
export async function listAuditEventsPage(
  db: Db,
  input: { entityType: AuditEntity; entityId: string; limit?: number; cursor?: string | null },
): Promise<Page<AuditPageItem>> {
  const limit = pageLimitSchema.parse(input.limit);
  const after = decodeCursor(createdAtIdKey, input.cursor);
  const rows = await db.auditEvent.findMany({
    where: { entityType: input.entityType, entityId: input.entityId, ...beforeCreatedAtId(after) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, actorId: true, action: true, before: true, after: true, createdAt: true },
  });
  return toPage(rows, limit, (e) => ({ createdAt: e.createdAt.toISOString(), id: e.id }));
}
