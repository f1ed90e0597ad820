import type { Db } from "@/lib/db/create-client";
import type { Tally } from "./virtual-reviewer";

export interface WriteCheck {
  acknowledged: number;
  missing: number;
  missingAudit: number;
}

/** Every write the server acknowledged must be in the database and in the audit trail. */
export async function verifyAcknowledgedWrites(db: Db, acknowledged: Tally["acknowledged"]): Promise<WriteCheck> {
  let missing = 0;
  let missingAudit = 0;
  for (const kind of ["source", "verdict"] as const) {
    const ids = acknowledged.filter((a) => a.kind === kind).map((a) => a.id);
    for (let i = 0; i < ids.length; i += 500) {
      const batch = ids.slice(i, i + 500);
      const found = kind === "source"
        ? await db.source.count({ where: { id: { in: batch } } })
        : await db.verdict.count({ where: { id: { in: batch } } });
      const audited = await db.auditEvent.count({ where: { entityType: kind, entityId: { in: batch } } });
      missing += batch.length - found;
      missingAudit += batch.length - audited;
    }
  }
  return { acknowledged: acknowledged.length, missing, missingAudit };
}
