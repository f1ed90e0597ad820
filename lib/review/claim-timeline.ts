import "server-only";
import { db } from "@/lib/db/client";

export interface TimelineEvent {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  entityType: string;
}

/** The audit trail of one claim: changes to the claim itself and to its sources, verdicts and comments, newest first. */
export async function getClaimTimeline(claimId: string, limit = 50): Promise<TimelineEvent[]> {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { sources: { select: { id: true } }, verdicts: { select: { id: true } }, comments: { select: { id: true } } },
  });
  if (!claim) return [];
  const related = [
    { entityType: "claim", ids: [claimId] },
    { entityType: "source", ids: claim.sources.map((s) => s.id) },
    { entityType: "verdict", ids: claim.verdicts.map((v) => v.id) },
    { entityType: "comment", ids: claim.comments.map((c) => c.id) },
  ].filter((r) => r.ids.length > 0);
  const events = await db.auditEvent.findMany({
    where: { OR: related.map((r) => ({ entityType: r.entityType, entityId: { in: r.ids } })) },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, createdAt: true, action: true, entityType: true, actor: { select: { name: true } } },
  });
  return events.map((e) => ({ id: e.id, at: e.createdAt, actor: e.actor?.name ?? null, action: e.action, entityType: e.entityType }));
}
