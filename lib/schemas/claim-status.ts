import { z } from "zod";

/** The review workflow: new → in_review → awaiting_approval → published, or dismissed. */
export const claimStatuses = ["new", "in_review", "awaiting_approval", "published", "dismissed"] as const;
export const claimStatusSchema = z.enum(claimStatuses);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

export const claimStatusLabels: Record<ClaimStatus, string> = {
  new: "New",
  in_review: "In review",
  awaiting_approval: "Awaiting approval",
  published: "Published",
  dismissed: "Dismissed",
};
