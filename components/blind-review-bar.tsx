import type { FormAction } from "@/lib/auth/mutation";
import type { Agreement } from "@/lib/review/agreement";
import { BlindReviewToggle } from "./forms/blind-review-toggle";

/** Blind second review status of an article: the switch (editors) and the agreement so far. */
export function BlindReviewBar({
  articleId,
  enabled,
  canChange,
  agreement,
  action,
}: {
  articleId: string;
  enabled: boolean;
  canChange: boolean;
  agreement: Agreement;
  action: FormAction;
}) {
  return (
    <section className="blind-bar" aria-label="Blind second review">
      {canChange ? <BlindReviewToggle articleId={articleId} enabled={enabled} action={action} /> : <span>Blind second review: {enabled ? "on" : "off"}</span>}
      <span>
        {agreement.pairs === 0
          ? "No claim has two independent verdicts yet."
          : `Agreement (Cohen's κ): ${agreement.kappa === null ? "undefined" : agreement.kappa.toFixed(2)} over ${agreement.pairs} double-reviewed claim${agreement.pairs === 1 ? "" : "s"}, ${agreement.disagreements} disagreement${agreement.disagreements === 1 ? "" : "s"}.`}
      </span>
    </section>
  );
}
