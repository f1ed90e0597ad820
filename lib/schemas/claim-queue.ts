import { z } from "zod";
import { claimStatusSchema } from "./claim-status";

/** Drop anything malformed instead of failing: a shared link with a stale filter still opens. */
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v);

/**
 * The claim queue's state, kept in the URL (`/articles/[id]?status=…&q=…`)
 * so a view can be shared. Every parameter is optional.
 */
export const claimQueueSchema = z.object({
  status: z.preprocess(first, loose(claimStatusSchema)),
  /** a rating key, or "none" for claims without a verdict */
  verdict: z.preprocess(first, loose(z.string().regex(/^[a-z0-9-]{1,60}$/))),
  /** a user id, "me", or "none" for unassigned claims */
  assignee: z.preprocess(first, loose(z.string().regex(/^[a-z0-9]{1,40}$/i))),
  speaker: z.preprocess(first, loose(z.string().trim().min(1).max(200))),
  /** a duplicate group key, or "any" for every claim that has duplicates */
  group: z.preprocess(first, loose(z.string().min(1).max(200))),
  /** check-worthiness */
  cw: z.preprocess(first, loose(z.enum(["yes", "no"]))),
  sort: z.preprocess(first, z.enum(["position", "score"]).catch("position").default("position")),
  q: z.preprocess(first, loose(z.string().trim().min(1).max(200))),
});
export type ClaimQueueParams = z.infer<typeof claimQueueSchema>;
export const queueFilterKeys = ["status", "verdict", "assignee", "speaker", "group", "cw"] as const;
export type QueueFilterKey = (typeof queueFilterKeys)[number];
