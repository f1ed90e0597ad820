import { extractClaims } from "@/lib/claims";
import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import { DomainError, notFound } from "@/lib/errors";
import type { AddClaimInput } from "@/lib/schemas/claim";

/**
 * Adds a claim a reviewer selected in the article. The span must lie inside
 * the body and hold some text; surrounding whitespace is trimmed so the span
 * stays exact. The extractor scores the selection like any other claim.
 */
export async function addClaim(db: Db, input: AddClaimInput, actorId: string) {
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true, body: true, language: true } });
  if (!article) throw notFound("Article");
  if (input.end > article.body.length) throw new DomainError("invalid", "The selection is outside the article text.", { end: ["Select text inside the article"] });
  const raw = article.body.slice(input.start, input.end);
  const start = input.start + (raw.length - raw.trimStart().length);
  const end = input.end - (raw.length - raw.trimEnd().length);
  if (end <= start) throw new DomainError("invalid", "Select some words, not only spaces.", { end: ["Select some words"] });
  const text = article.body.slice(start, end);
  const scored = extractClaims(text, { language: article.language === "en" ? "en" : "pt" }).claims[0];

  return db.$transaction(async (tx) => {
    const claim = await tx.claim.create({
      data: {
        articleId: article.id,
        text,
        start,
        end,
        speaker: input.speaker ?? scored?.speaker ?? null,
        score: scored?.score ?? 1,
        reasons: JSON.stringify(["added by a reviewer", ...(scored?.reasons ?? [])]),
        checkworthy: true,
        origin: "reviewer",
        humanTouched: true,
        groupKey: null,
      },
      select: { id: true, articleId: true, text: true, start: true, end: true },
    });
    await recordAudit(tx, { actorId, entityType: "claim", entityId: claim.id, action: "claim.create", after: claim });
    return { articleId: claim.articleId, claimId: claim.id };
  });
}
