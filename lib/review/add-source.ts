import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/db/audit";
import { notFound } from "@/lib/errors";
import type { AddSourceInput } from "@/lib/schemas/source";

/**
 * Attaches a source to a claim. Sources are appended, never overwritten, so
 * two reviewers adding sources at once cannot lose each other's work. A new
 * claim moves to "in review" when its first evidence arrives.
 */
export async function addSource(db: Db, input: AddSourceInput, actorId: string | null) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, status: true, articleId: true } });
    if (!claim) throw notFound("Claim");
    const source = await tx.source.create({
      data: {
        claimId: claim.id,
        url: input.url,
        title: input.title,
        publisher: input.publisher ?? null,
        excerpt: input.excerpt ?? "",
        stance: input.stance,
        archiveUrl: input.archiveUrl ?? null,
        addedById: actorId,
      },
      select: { id: true, url: true, title: true, stance: true },
    });
    if (claim.status === "new") {
      await tx.claim.update({ where: { id: claim.id }, data: { status: "in_review", version: { increment: 1 } } });
    }
    await recordAudit(tx, { actorId, entityType: "source", entityId: source.id, action: "source.add", after: { ...input } });
    return { sourceId: source.id, articleId: claim.articleId };
  });
}
