import { useTranslations } from "next-intl";
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
  const t = useTranslations("blind");
  return (
    <section className="blind-bar" aria-label={t("label")}>
      {canChange ? <BlindReviewToggle articleId={articleId} enabled={enabled} action={action} /> : <span>{enabled ? t("isOn") : t("isOff")}</span>}
      <span>
        {agreement.pairs === 0
          ? t("noPairs")
          : t("agreement", { kappa: agreement.kappa === null ? "—" : agreement.kappa.toFixed(2), pairs: agreement.pairs, disagreements: agreement.disagreements })}
      </span>
    </section>
  );
}
