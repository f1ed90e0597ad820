import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import { DomainError, notFound } from "@/lib/errors";
import type { SplitClaimInput } from "@/lib/schemas/claim";
import { loadClaim, updateClaimAtVersion } from "./claim-version";

/** Where the second part begins inside the span, trimmed: both parts must hold text. */
export function splitPoint(spanText: string, secondPartStartsWith: string): { firstEnd: number; secondStart: number } | null {
  const at = spanText.indexOf(secondPartStartsWith.trim());
  if (at <= 0) return null;
  const first = spanText.slice(0, at).trimEnd();
  if (!first) return null;
  return { firstEnd: first.length, secondStart: at };
}

/**
 * Splits a claim in two at the words where its second part starts. The
 * original keeps the first part and everything attached to it (sources,
 * verdicts); the second part becomes a new claim with the same speaker.
 */
export async function splitClaim(db: Db, input: SplitClaimInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, input.claimId);
    const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { body: true } });
    const span = article.body.slice(claim.start, claim.end);
    const point = splitPoint(span, input.secondPartStartsWith);
    if (!point) {
      throw new DomainError("invalid", "Those words are not inside the claim (after its first word).", {
        secondPartStartsWith: ["Type words exactly as they appear in the claim, where the second claim should start"],
      });
    }
    const firstEnd = claim.start + point.firstEnd;
    const secondStart = claim.start + point.secondStart;
    const first = await updateClaimAtVersion(tx, claim.id, input.expectedVersion, { end: firstEnd, text: article.body.slice(claim.start, firstEnd) });
    const second = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        text: article.body.slice(secondStart, claim.end),
        start: secondStart,
        end: claim.end,
        speaker: claim.speaker,
        speakerStart: claim.speakerStart,
        speakerEnd: claim.speakerEnd,
        checkworthy: claim.checkworthy,
        reasons: JSON.stringify(["split from another claim by a reviewer"]),
        score: 1,
        origin: "reviewer",
        humanTouched: true,
      },
      select: { id: true, text: true },
    });
    await recordAudit(tx, { actorId, entityType: "claim", entityId: claim.id, action: "claim.split", before: { text: span }, after: { first: first.text, second: second.text, secondId: second.id } });
    return { articleId: claim.articleId, claimId: claim.id, newClaimId: second.id };
  });
}

/**
 * Merges a claim with the claim that follows it in the text: one claim over
 * both spans. The follower's sources and comments move over; a follower with
 * a verdict is not merged (a verdict belongs to the words it rated).
 */
export async function mergeWithNext(db: Db, input: { claimId: string; expectedVersion: number }, actorId: string) {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, input.claimId);
    const next = await tx.claim.findFirst({
      where: { articleId: claim.articleId, start: { gte: claim.end }, id: { not: claim.id }, status: { not: "dismissed" } },
      orderBy: { start: "asc" },
      select: { id: true, start: true, end: true, _count: { select: { verdicts: true } } },
    });
    if (!next) throw notFound("A following claim");
    if (next._count.verdicts > 0) throw new DomainError("invalid", "The next claim already has a verdict; merge cannot move a verdict onto other words.");
    const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { body: true } });
    const merged = await updateClaimAtVersion(tx, claim.id, input.expectedVersion, { end: next.end, text: article.body.slice(claim.start, next.end) });
    await tx.source.updateMany({ where: { claimId: next.id }, data: { claimId: claim.id } });
    await tx.comment.updateMany({ where: { claimId: next.id }, data: { claimId: claim.id } });
    await tx.claim.delete({ where: { id: next.id } });
    await recordAudit(tx, { actorId, entityType: "claim", entityId: claim.id, action: "claim.merge", before: { text: claim.text, mergedId: next.id }, after: { text: merged.text } });
    return { articleId: claim.articleId, claimId: claim.id };
  });
}
