import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import { DomainError, notFound } from "@/lib/errors";
import type { SaveScaleInput, SetArticleScaleInput } from "@/lib/schemas/scale";

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "rating";

/** Unique keys within a scale, derived from the English labels. */
function ratingKeys(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const base = slug(l);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/**
 * Creates a custom scale, or edits one: name, order, colours and labels.
 * Preset scales are edited like any other. A rating that verdicts already
 * use cannot be removed (their history would lose its meaning).
 */
export async function saveScale(db: Db, input: SaveScaleInput, actorId: string) {
  return db.$transaction(async (tx) => {
    if (!input.scaleId) {
      const keys = ratingKeys(input.ratings.map((r) => r.labelEn));
      const key = `custom-${slug(input.name)}-${Date.now().toString(36)}`;
      const scale = await tx.ratingScale.create({
        data: {
          key,
          name: input.name,
          ratings: {
            create: input.ratings.map((r, position) => ({
              key: keys[position]!,
              position,
              color: r.color,
              offScale: r.offScale,
              labels: { create: [{ locale: "en", label: r.labelEn }, { locale: "pt-BR", label: r.labelPt }] },
            })),
          },
        },
        select: { id: true },
      });
      await recordAudit(tx, { actorId, entityType: "rating_scale", entityId: scale.id, action: "scale.create", after: input });
      return { scaleId: scale.id };
    }

    const scale = await tx.ratingScale.findUnique({ where: { id: input.scaleId }, select: { id: true, ratings: { select: { id: true, key: true, _count: { select: { verdicts: true } } } } } });
    if (!scale) throw notFound("Rating scale");
    const keptIds = new Set(input.ratings.map((r) => r.id).filter(Boolean));
    const foreign = input.ratings.find((r) => r.id && !scale.ratings.some((x) => x.id === r.id));
    if (foreign) throw new DomainError("invalid", "A rating in the form does not belong to this scale; reload the page.");
    const removed = scale.ratings.filter((r) => !keptIds.has(r.id));
    const inUse = removed.find((r) => r._count.verdicts > 0);
    if (inUse) throw new DomainError("invalid", `The rating “${inUse.key}” is used by verdicts and cannot be removed.`, { ratings: ["A rating in use cannot be removed"] });
    await tx.ratingScale.update({ where: { id: scale.id }, data: { name: input.name } });
    if (removed.length) await tx.rating.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
    // Positions are unique per order only by convention; move kept ratings out of the way first.
    const taken = new Set(scale.ratings.filter((r) => keptIds.has(r.id)).map((r) => r.key));
    const newKeys = ratingKeys(input.ratings.map((r) => r.labelEn)).map((k) => (taken.has(k) ? `${k}-${Date.now().toString(36)}` : k));
    for (const [position, r] of input.ratings.entries()) {
      const labels = [
        { locale: "en", label: r.labelEn },
        { locale: "pt-BR", label: r.labelPt },
      ];
      if (r.id) {
        await tx.rating.update({ where: { id: r.id }, data: { position, color: r.color, offScale: r.offScale } });
        for (const l of labels) {
          await tx.ratingLabel.upsert({ where: { ratingId_locale: { ratingId: r.id, locale: l.locale } }, create: { ratingId: r.id, ...l }, update: { label: l.label } });
        }
      } else {
        await tx.rating.create({ data: { scaleId: scale.id, key: newKeys[position]!, position, color: r.color, offScale: r.offScale, labels: { create: labels } } });
      }
    }
    await recordAudit(tx, { actorId, entityType: "rating_scale", entityId: scale.id, action: "scale.update", after: input });
    return { scaleId: scale.id };
  });
}

/**
 * Chooses an article's rating scale. Only while none of its claims has a
 * verdict: verdicts point at ratings of the scale they were given on.
 */
export async function setArticleScale(db: Db, input: SetArticleScaleInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, scaleId: true } });
    if (!article) throw notFound("Article");
    const scale = await tx.ratingScale.findUnique({ where: { id: input.scaleId }, select: { id: true } });
    if (!scale) throw new DomainError("invalid", "Choose one of the rating scales.", { scaleId: ["Choose one of the rating scales"] });
    if (article.scaleId === scale.id) return { articleId: article.id };
    const rated = await tx.verdict.count({ where: { claim: { articleId: article.id } } });
    if (rated > 0) {
      throw new DomainError("invalid", "This article already has verdicts on its current scale; its scale can no longer change.", { scaleId: ["The scale is fixed once a verdict exists"] });
    }
    await tx.article.update({ where: { id: article.id }, data: { scaleId: scale.id } });
    await recordAudit(tx, { actorId, entityType: "article", entityId: article.id, action: "article.setScale", before: { scaleId: article.scaleId }, after: { scaleId: scale.id } });
    return { articleId: article.id };
  });
}
