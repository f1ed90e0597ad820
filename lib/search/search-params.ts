import { z } from "zod";
import { entityId } from "@/lib/schemas/fields";

/** GET /api/search?q=…&articleId=…&limit=…&cursor=… */
export const searchParamsSchema = z.object({
  q: z.string({ error: "q is required" }).trim().min(1, "q is required").max(200, "q must be at most 200 characters"),
  articleId: entityId("articleId").optional(),
  limit: z.coerce.number({ error: "limit must be a number" }).int().min(1, "limit must be at least 1").max(100, "limit must be at most 100").optional(),
  cursor: z.string().max(512).optional(),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;
