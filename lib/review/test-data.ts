import type { Db } from "@/lib/db/create-client";
import { defaultScale } from "@/lib/ratings/presets";
import { ensureScale } from "@/lib/ratings/ensure-scale";

/** Minimal rows for review tests: a default scale, a user, an article with one claim. */
export async function seedReviewFixture(db: Db) {
  const scaleId = await db.$transaction((tx) => ensureScale(tx, defaultScale, true));
  const user = await db.user.create({ data: { name: "Ana Reviewer", email: "ana@example.org", role: "reviewer" } });
  const article = await db.article.create({
    data: {
      title: "Test article",
      body: "Kim is seeking food supplies, the report added.",
      language: "en",
      scaleId,
      claims: { create: { text: "Kim is seeking food supplies", start: 0, end: 28, speaker: "the report" } },
    },
    include: { claims: true },
  });
  const ratings = await db.rating.findMany({ where: { scaleId }, orderBy: { position: "asc" } });
  return { user, article, claim: article.claims[0]!, ratings };
}
