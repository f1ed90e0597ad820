import "server-only";
import { defineMutation } from "@/lib/auth/mutation";
import { saveScaleSchema, setArticleScaleSchema } from "@/lib/schemas/scale";
import { saveScale, setArticleScale } from "./save-scale";

/** Creating and editing scales is an admin's job: every desk article may use them. */
export const saveScaleMutation = defineMutation({
  name: "scale.save",
  schema: saveScaleSchema,
  access: "scale:manage",
  run: (input, { db, actor }) => saveScale(db, input, actor.id),
});

/** Choosing an article's scale is an editor's decision, like blind review. */
export const setArticleScaleMutation = defineMutation({
  name: "article.setScale",
  schema: setArticleScaleSchema,
  access: "claim:assign",
  run: (input, { db, actor }) => setArticleScale(db, input, actor.id),
});
