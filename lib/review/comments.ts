import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import { notFound } from "@/lib/errors";
import type { AddCommentInput } from "@/lib/schemas/workflow";

/** Appends a comment to a claim's thread (comments are never edited, so no version check). */
export async function addComment(db: Db, input: AddCommentInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { articleId: true } });
    if (!claim) throw notFound("Claim");
    const comment = await tx.comment.create({ data: { claimId: input.claimId, authorId: actorId, body: input.body }, select: { id: true, createdAt: true } });
    await recordAudit(tx, { actorId, entityType: "comment", entityId: comment.id, action: "comment.add", after: { claimId: input.claimId, body: input.body } });
    return { articleId: claim.articleId, commentId: comment.id, createdAt: comment.createdAt.toISOString() };
  });
}

/** A claim's comments, oldest first. */
export async function listComments(db: Db, claimId: string, limit = 200) {
  return db.comment.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
  });
}
export type ClaimComment = Awaited<ReturnType<typeof listComments>>[number];
