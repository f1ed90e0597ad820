import { z } from "zod";
import { claimStatusSchema } from "./claim-status";
import { entityId, optionalText, requiredText } from "./fields";

const version = z.coerce.number({ error: "Version is missing" }).int().positive();

/** One or more claim ids from a multi-select (checkboxes send repeated keys). */
const claimIds = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(entityId("Claim")).min(1, "Select at least one claim").max(1000, "Select at most 1000 claims at once"),
);

/** Assign one claim (or unassign: empty assignee), checking the version the editor saw. */
export const assignClaimSchema = z.object({
  claimId: entityId("Claim"),
  assigneeId: z.preprocess((v) => (v === "" || v === "none" ? null : v), entityId("Assignee").nullable()),
  expectedVersion: version,
});
export type AssignClaimInput = z.infer<typeof assignClaimSchema>;

/** Bulk assignment from the queue's multi-select. */
export const bulkAssignSchema = z.object({
  articleId: entityId("Article"),
  claimIds,
  assigneeId: z.preprocess((v) => (v === "" || v === "none" ? null : v), entityId("Assignee").nullable()),
});
export type BulkAssignInput = z.infer<typeof bulkAssignSchema>;

/** Bulk status change: only the moves lib/review/workflow.ts allows by hand. */
export const bulkStatusSchema = z
  .object({
    articleId: entityId("Article"),
    claimIds,
    status: claimStatusSchema.refine((s) => s !== "published" && s !== "awaiting_approval", {
      message: "Claims are published by approving a verdict, and await approval once a verdict is proposed",
    }),
    reason: optionalText(500, "Reason"),
  })
  .refine((v) => v.status !== "dismissed" || !!v.reason, { path: ["reason"], message: "Give a reason for dismissing" });
export type BulkStatusInput = z.infer<typeof bulkStatusSchema>;

export const addCommentSchema = z.object({
  claimId: entityId("Claim"),
  body: requiredText(5000, "Comment"),
});
export type AddCommentInput = z.infer<typeof addCommentSchema>;
