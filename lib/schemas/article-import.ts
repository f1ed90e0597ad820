import { z } from "zod";
import { createArticleSchema } from "./article";
import { isStorableText, storableTextMessage } from "./fields";

/**
 * The import form: the article either pasted (body) or uploaded (file). The
 * title may come from the file. After the file is read, the result is
 * checked again with createArticleSchema.
 */
export const importArticleSchema = createArticleSchema
  .extend({
    title: z.string().trim().max(500, "Title must be at most 500 characters").refine(isStorableText, storableTextMessage("Title")).optional(),
    body: z.string().optional(),
    file: z
      .file()
      .optional()
      .transform((f) => (f && f.size > 0 ? f : undefined)),
  })
  .refine((v) => (v.body ?? "").trim() !== "" || v.file, { path: ["body"], message: "Paste the article text or choose a file" });
export type ImportArticleInput = z.infer<typeof importArticleSchema>;
