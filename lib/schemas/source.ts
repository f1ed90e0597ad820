import { z } from "zod";
import { entityId, optionalText, optionalWebUrl, requiredText, webUrl } from "./fields";

export const stances = ["supports", "refutes", "context"] as const;
export const stanceSchema = z.enum(stances, { error: "Stance must be supports, refutes or context" });
export type Stance = z.infer<typeof stanceSchema>;
export const stanceLabels: Record<Stance, string> = {
  supports: "Supports the claim",
  refutes: "Refutes the claim",
  context: "Context",
};

/** "Add source" form, server action and API share this schema. */
export const addSourceSchema = z.object({
  claimId: entityId("Claim"),
  url: webUrl("Source URL"),
  title: requiredText(300, "Title"),
  publisher: optionalText(200, "Publisher"),
  excerpt: optionalText(5000, "Excerpt"),
  stance: stanceSchema,
  archiveUrl: optionalWebUrl("Archive URL"),
});
export type AddSourceInput = z.infer<typeof addSourceSchema>;
