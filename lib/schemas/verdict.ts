import { z } from "zod";
import { entityId, requiredText } from "./fields";

/** Verdict form: a rating from the article's scale and a rationale (Markdown). */
export const saveVerdictSchema = z.object({
  claimId: entityId("Claim"),
  ratingId: z
    .string({ error: "Choose a verdict from the scale" })
    .trim()
    .min(1, { error: "Choose a verdict from the scale", abort: true })
    .regex(/^[a-z0-9]{10,40}$/i, "That verdict is not on this article's rating scale"),
  rationale: requiredText(20000, "Rationale"),
  /** the claim version the reviewer saw; a stale one is refused, never overwritten */
  expectedVersion: z.coerce.number({ error: "Version is missing" }).int().positive(),
});
export type SaveVerdictInput = z.infer<typeof saveVerdictSchema>;

/** An editor's approval of a claim's current verdict (which publishes the claim). */
export const approveVerdictSchema = z.object({
  claimId: entityId("Claim"),
  verdictId: entityId("Verdict"),
  expectedVersion: z.coerce.number({ error: "Version is missing" }).int().positive(),
  expectedVerdictVersion: z.coerce.number().int().positive().optional(),
});
export type ApproveVerdictInput = z.infer<typeof approveVerdictSchema>;
