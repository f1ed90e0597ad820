import { z } from "zod";

const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** `?cursor=…&limit=…` of a keyset-paginated list; lib/db/keyset.ts decodes and checks the cursor itself. */
export const pageQuerySchema = z.object({
  cursor: z.preprocess(single, z.string().max(500, "cursor is too long").optional()),
  limit: z.preprocess(single, z.coerce.number().int().min(1, "limit must be 1 to 100").max(100, "limit must be 1 to 100").optional()),
});
