import { toClaimReviews } from "@/lib/reports/render-claimreview";
import type { ReportModel } from "@/lib/reports/report-model";

/** Google's advice on the ClaimReview export (e.g. claims over 75 characters), for the desk only. */
export function ClaimReviewWarnings({ model }: { model: ReportModel }) {
  const { warnings } = toClaimReviews(model);
  if (warnings.length === 0) return null;
  return (
    <details className="report-screen-only report-note">
      <summary>ClaimReview advice ({warnings.length})</summary>
      <ul>
        {warnings.map((warning, i) => (
          <li key={i}>{warning}</li>
        ))}
      </ul>
    </details>
  );
}
