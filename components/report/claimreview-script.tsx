import { toClaimReview } from "@/lib/reports/render-claimreview";
import type { ReportClaim, ReportModel } from "@/lib/reports/report-model";
import { serializeJsonLd } from "@/lib/reports/safe-json-ld";

/**
 * The claim's ClaimReview as JSON-LD. serializeJsonLd escapes < > & so no
 * text in the claim can close the script element or open a comment.
 */
export function ClaimReviewScript({ model, claim }: { model: ReportModel; claim: ReportClaim }) {
  const review = toClaimReview(model, claim);
  if (!review) return null;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(review) }} />;
}
