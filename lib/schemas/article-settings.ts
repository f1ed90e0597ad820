import { z } from "zod";
import { entityId } from "./fields";

export const setBlindReviewSchema = z.object({
  articleId: entityId("Article"),
  blindReview: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});
export type SetBlindReviewInput = z.infer<typeof setBlindReviewSchema>;
