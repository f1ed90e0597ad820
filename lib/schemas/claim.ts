import { z } from "zod";
import { entityId, optionalText, requiredText } from "./fields";

const version = z.coerce.number({ error: "Version is missing" }).int().positive();
const offset = (label: string) => z.coerce.number({ error: `${label} is missing` }).int(`${label} must be a whole number`).min(0, `${label} must be inside the article`);

/** A reviewer's own claim: a span of the article text they selected. */
export const addClaimSchema = z
  .object({ articleId: entityId("Article"), start: offset("Start"), end: offset("End"), speaker: optionalText(200, "Speaker") })
  .refine((v) => v.end > v.start, { path: ["end"], message: "Select some text first" });

export const editClaimSchema = z.object({
  claimId: entityId("Claim"),
  text: requiredText(5000, "Claim text"),
  speaker: optionalText(200, "Speaker"),
  expectedVersion: version,
});

/** Split a claim in two, the second part starting at the given words. */
export const splitClaimSchema = z.object({
  claimId: entityId("Claim"),
  secondPartStartsWith: requiredText(500, "Where the second claim starts"),
  expectedVersion: version,
});

/** Merge a claim with the claim right after it in the text. */
export const mergeClaimSchema = z.object({ claimId: entityId("Claim"), expectedVersion: version });

export const dismissClaimSchema = z.object({
  claimId: entityId("Claim"),
  reason: requiredText(500, "Reason"),
  expectedVersion: version,
});

export const restoreClaimSchema = z.object({ claimId: entityId("Claim"), expectedVersion: version });

export const setCheckworthySchema = z.object({
  claimId: entityId("Claim"),
  checkworthy: z.preprocess((v) => v === true || v === "true", z.boolean()),
  expectedVersion: version,
});

export const reextractSchema = z.object({ articleId: entityId("Article") });

export type AddClaimInput = z.infer<typeof addClaimSchema>;
export type EditClaimInput = z.infer<typeof editClaimSchema>;
export type SplitClaimInput = z.infer<typeof splitClaimSchema>;
export type DismissClaimInput = z.infer<typeof dismissClaimSchema>;
