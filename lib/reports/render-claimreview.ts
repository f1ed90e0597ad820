import { claimReviewSchema, claimReviewWarnings, type ClaimReview } from "./claimreview-schema";
import type { ReportClaim, ReportModel } from "./report-model";
import { speakerType } from "./speaker-type";

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** One ClaimReview for a rated claim of the model, validated; null for a claim without a verdict. */
export function toClaimReview(model: ReportModel, claim: ReportClaim): ClaimReview | null {
  const verdict = claim.verdict;
  if (!verdict) return null;
  const speaker = claim.speaker ? oneLine(claim.speaker) : "";
  const author = speaker
    ? { "@type": speakerType(speaker), name: speaker }
    : // no named speaker: the article itself makes the claim
      { "@type": "Organization" as const, name: model.article.publisher ?? model.article.title };
  const articleUrl = model.article.url && URL.canParse(model.article.url) && /^https?:$/.test(new URL(model.article.url).protocol) ? model.article.url : null;
  const onScale = verdict.ratingValue !== null;
  return claimReviewSchema.parse({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: oneLine(claim.text),
    reviewRating: {
      "@type": "Rating",
      alternateName: verdict.label,
      ...(onScale ? { ratingValue: verdict.ratingValue, bestRating: model.scale.bestRating, worstRating: model.scale.worstRating } : {}),
    },
    url: claim.publicUrl,
    author: { "@type": "Organization", name: model.organisation.name, url: model.organisation.url },
    datePublished: verdict.approvedAt ?? verdict.createdAt,
    itemReviewed: {
      "@type": "Claim",
      author,
      ...(articleUrl ? { appearance: [articleUrl] } : {}),
      ...(model.article.publishedAt ? { datePublished: model.article.publishedAt } : {}),
    },
  });
}

export interface ClaimReviewExport {
  reviews: ClaimReview[];
  warnings: string[];
}

/** Every rated claim of the model as ClaimReview, with Google's soft warnings. */
export function toClaimReviews(model: ReportModel): ClaimReviewExport {
  const reviews: ClaimReview[] = [];
  for (const claim of model.claims) {
    const review = toClaimReview(model, claim);
    if (review) reviews.push(review);
  }
  return { reviews, warnings: reviews.flatMap(claimReviewWarnings) };
}

/** The export file: a JSON array of ClaimReview objects (JSON-LD allows a top-level array). */
export function renderClaimReview(model: ReportModel): { body: string; warnings: string[] } {
  const { reviews, warnings } = toClaimReviews(model);
  return { body: JSON.stringify(reviews, null, 2) + "\n", warnings };
}
