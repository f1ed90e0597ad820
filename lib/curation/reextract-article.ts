import { claimRow } from "@/lib/articles/claim-rows";
import { extractClaims } from "@/lib/claims";
import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import { notFound } from "@/lib/errors";

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Runs the extractor again over an article (after the extractor improved)
 * without losing anything a person did: claims a human touched, or that
 * carry sources, verdicts or comments, or are past "new", are kept as they
 * are; untouched extractor claims are replaced; new claims that overlap a
 * kept claim are skipped.
 */
export async function reextractArticle(db: Db, articleId: string, actorId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, body: true, language: true } });
  if (!article) throw notFound("Article");
  const { claims: extracted } = extractClaims(article.body, { language: article.language === "en" ? "en" : "pt" });

  return db.$transaction(
    async (tx) => {
      const existing = await tx.claim.findMany({
        where: { articleId },
        select: { id: true, start: true, end: true, humanTouched: true, origin: true, status: true, _count: { select: { sources: true, verdicts: true, comments: true } } },
      });
      const keep = existing.filter(
        (c) => c.humanTouched || c.origin !== "extractor" || c.status !== "new" || c._count.sources + c._count.verdicts + c._count.comments > 0,
      );
      const keepIds = new Set(keep.map((c) => c.id));
      const replaced = existing.filter((c) => !keepIds.has(c.id)).map((c) => c.id);
      await tx.claim.deleteMany({ where: { id: { in: replaced } } });
      const fresh = extracted.filter((c) => !keep.some((k) => overlaps(k, c)));
      await tx.claim.createMany({ data: fresh.map((c) => claimRow(articleId, c)) });
      const summary = { kept: keep.length, replaced: replaced.length, added: fresh.length };
      await recordAudit(tx, { actorId, entityType: "article", entityId: articleId, action: "article.reextract", after: summary });
      return { articleId, ...summary };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
