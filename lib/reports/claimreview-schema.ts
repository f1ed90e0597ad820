import { z } from "zod";

/**
 * schema.org ClaimReview as Google reads it: required properties
 * (`claimReviewed`, `reviewRating.alternateName`, `url`) and the recommended
 * ones Claimdesk always fills (`author`, `datePublished`, `itemReviewed`,
 * the numeric rating when the verdict is on the scale). Every export is
 * validated against it.
 */
const httpUrl = z.url({ protocol: /^https?$/ });
const isoDate = z.iso.datetime();

export const CLAIM_REVIEWED_RECOMMENDED_MAX = 75;

const organisation = z.object({ "@type": z.literal("Organization"), name: z.string().min(1), url: httpUrl });
const claimAuthor = z.object({ "@type": z.enum(["Person", "Organization"]), name: z.string().min(1) });

export const ratingSchema = z
  .object({
    "@type": z.literal("Rating"),
    /** the verdict label as readers see it: required by Google */
    alternateName: z.string().min(1),
    ratingValue: z.number().int().optional(),
    bestRating: z.number().int().optional(),
    worstRating: z.number().int().optional(),
  })
  .refine(
    (r) =>
      r.ratingValue === undefined
        ? r.bestRating === undefined && r.worstRating === undefined
        : r.bestRating !== undefined && r.worstRating !== undefined && r.worstRating <= r.ratingValue && r.ratingValue <= r.bestRating,
    { message: "ratingValue needs bestRating and worstRating, with worstRating ≤ ratingValue ≤ bestRating" },
  );

export const claimReviewSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  claimReviewed: z.string().trim().min(1),
  reviewRating: ratingSchema,
  /** the page where the fact-check is published */
  url: httpUrl,
  author: organisation,
  datePublished: isoDate,
  itemReviewed: z.object({
    "@type": z.literal("Claim"),
    author: claimAuthor,
    /** where the claim appeared: the article */
    appearance: z.array(httpUrl).min(1).optional(),
    datePublished: isoDate.optional(),
  }),
});
export type ClaimReview = z.infer<typeof claimReviewSchema>;

/** Not errors, but Google advises against them. */
export function claimReviewWarnings(review: ClaimReview): string[] {
  const warnings: string[] = [];
  const length = [...review.claimReviewed].length;
  if (length > CLAIM_REVIEWED_RECOMMENDED_MAX) {
    warnings.push(
      `claimReviewed is ${length} characters long (more than ${CLAIM_REVIEWED_RECOMMENDED_MAX}): "${review.claimReviewed.slice(0, 40)}…" at ${review.url}`,
    );
  }
  if (!review.itemReviewed.appearance) warnings.push(`the article has no URL, so the claim has no appearance: ${review.url}`);
  return warnings;
}
