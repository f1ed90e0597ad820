import { z } from "zod";
import { optionalText, optionalWebUrl, requiredText } from "./fields";

export const MAX_ARTICLE_CHARS = 5_000_000;
export const languages = ["pt", "en"] as const;
export const languageSchema = z.enum(languages, { error: "Language must be pt or en" });

export const createArticleSchema = z.object({
  title: requiredText(500, "Title"),
  body: z
    .string({ error: "Article text is required" })
    .refine((v) => v.trim().length > 0, "Article text is required")
    .refine((v) => v.length <= MAX_ARTICLE_CHARS, `Article text must be at most ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters`)
    .refine((v) => !v.includes("\u0000"), "Article text contains binary data (null bytes)")
    .refine((v) => v.isWellFormed(), "Article text contains broken characters (is it really UTF-8 text?)"),
  language: z.preprocess((v) => (v === "" ? undefined : v), languageSchema.optional()),
  url: optionalWebUrl("Article URL"),
  publisher: optionalText(200, "Publisher"),
  publishedAt: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.date({ error: "Publication date must be a date, like 2023-09-07" }).optional(),
  ),
});
export type CreateArticleInput = z.infer<typeof createArticleSchema>;
