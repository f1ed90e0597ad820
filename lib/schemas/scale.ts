import { z } from "zod";
import { entityId, requiredText } from "./fields";

export const MAX_SCALE_RATINGS = 12;
const hexColor = z.string().trim().regex(/^#[0-9a-f]{6}$/i, "Colour must look like #1d4ed8");

export const scaleRatingSchema = z.object({
  /** an existing rating (edit) or none (new) */
  id: z.preprocess((v) => (v === "" ? undefined : v), entityId("Rating").optional()),
  labelEn: requiredText(80, "English label"),
  labelPt: requiredText(80, "Portuguese label"),
  color: hexColor,
  offScale: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});

/**
 * A custom scale from the admin form: rows named `ratings.N.field`, in
 * order; rows with both labels empty are skipped. Row errors are reported under `ratings`.
 */
export const saveScaleSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const obj = raw as Record<string, unknown>;
    if (Array.isArray(obj.ratings)) return obj;
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < MAX_SCALE_RATINGS; i++) {
      const get = (f: string) => obj[`ratings.${i}.${f}`];
      if (!get("labelEn") && !get("labelPt")) continue;
      rows.push({ id: get("id") ?? "", labelEn: get("labelEn") ?? "", labelPt: get("labelPt") ?? "", color: get("color") ?? "#6b7280", offScale: get("offScale") ?? false });
    }
    return { ...obj, ratings: rows };
  },
  z.object({
    scaleId: z.preprocess((v) => (v === "" ? undefined : v), entityId("Scale").optional()),
    name: requiredText(120, "Scale name"),
    ratings: z.array(scaleRatingSchema).min(2, "A scale needs at least two ratings").max(MAX_SCALE_RATINGS, `A scale has at most ${MAX_SCALE_RATINGS} ratings`),
  }),
);
export type SaveScaleInput = z.infer<typeof saveScaleSchema>;

export const setArticleScaleSchema = z.object({ articleId: entityId("Article"), scaleId: entityId("Scale") });
export type SetArticleScaleInput = z.infer<typeof setArticleScaleSchema>;
