import "server-only";
import { defineMutation } from "@/lib/auth/mutation";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { createArticleSchema } from "@/lib/schemas/article";
import { importArticleSchema } from "@/lib/schemas/article-import";
import { setBlindReviewSchema } from "@/lib/schemas/article-settings";
import { createArticle } from "./create-article";
import { readArticleUpload } from "./upload";
import { setBlindReview } from "./set-blind-review";

/** Blind second review is an editor's decision per article (it doubles the work). */
export const setBlindReviewMutation = defineMutation({
  name: "article.setBlindReview",
  schema: setBlindReviewSchema,
  access: "claim:assign",
  run: (input, { db, actor }) => setBlindReview(db, input, actor.id),
});

/** Import an article (pasted or uploaded) and extract its claims. */
export const importArticleMutation = defineMutation({
  name: "article.create",
  schema: importArticleSchema,
  access: "article:create",
  run: async (input, { db, actor }) => {
    const fromFile = input.file ? await readArticleUpload(input.file) : null;
    const parsed = createArticleSchema.safeParse({
      ...input,
      file: undefined,
      title: input.title || fromFile?.title || "",
      body: fromFile?.body ?? input.body ?? "",
    });
    if (!parsed.success) {
      throw new DomainError("invalid", "Please correct the highlighted fields.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    }
    const article = await createArticle(db, parsed.data, { actorId: actor.id });
    return { articleId: article.id, claimCount: article.claimCount };
  },
});
