import { z } from "zod";
import { entityId } from "./fields";

/** /articles/[id]?claim=… — an unknown or malformed id is a 404, never a crash. */
export const articlePageParams = z.object({
  id: entityId("Article"),
  claim: entityId("Claim").optional().catch(undefined),
});

export const reportFormats = ["md", "json"] as const;
export const reportQuerySchema = z.object({
  format: z.enum(reportFormats, { error: `format must be one of: ${reportFormats.join(", ")}` }),
});
