import { extractClaims, detectLanguage } from "@/lib/claims";
import { claimRow } from "./claim-rows";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/db/audit";
import { DomainError } from "@/lib/errors";
import type { CreateArticleInput } from "@/lib/schemas/article";

export interface CreateArticleOptions {
  actorId: string | null;
  /** set when loading from seeds/: a second seed run finds it and adds nothing */
  seedKey?: string;
}

/**
 * Stores an article exactly as given and the claims the extractor finds in
 * it, in one transaction: an article never exists without its claims.
 * Extraction runs before the transaction opens so the write lock is short.
 */
export async function createArticle(db: Db, input: CreateArticleInput, options: CreateArticleOptions) {
  const language = input.language ?? detectLanguage(input.body);
  const { claims } = extractClaims(input.body, { language });

  return db.$transaction(async (tx) => {
    const scale = await tx.ratingScale.findFirst({ where: { isDefault: true }, select: { id: true } });
    if (!scale) throw new DomainError("invalid", "No default rating scale exists; run the seed first (npm run db:setup).");
    const article = await tx.article.create({
      data: {
        title: input.title,
        body: input.body,
        language,
        url: input.url ?? null,
        publisher: input.publisher ?? null,
        publishedAt: input.publishedAt ?? null,
        seedKey: options.seedKey ?? null,
        scaleId: scale.id,
        createdById: options.actorId,
      },
      select: { id: true, title: true, language: true },
    });
    await tx.claim.createMany({ data: claims.map((c) => claimRow(article.id, c)) });
    await recordAudit(tx, {
      actorId: options.actorId,
      entityType: "article",
      entityId: article.id,
      action: "article.create",
      after: { title: article.title, language, claims: claims.length, seedKey: options.seedKey ?? null },
    });
    return { ...article, claimCount: claims.length };
  }, { timeout: 60_000, maxWait: 10_000 });
}
