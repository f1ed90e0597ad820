import { useTranslations } from "next-intl";
import { readableTextColor } from "@/lib/ratings/colors";
import { pickLabel } from "@/lib/ratings/labels";
import type { WorkspaceRating } from "@/lib/review/queries";
import { claimStatuses } from "@/lib/schemas/claim-status";

/** What the highlights mean: status (tint + icon), verdict (underline colour), speaker mentions. */
export function HighlightLegend({ ratings, locale }: { ratings: WorkspaceRating[]; locale: string }) {
  const t = useTranslations();
  return (
    <details className="legend" open>
      <summary>{t("legend.title")}</summary>
      <ul aria-label={t("legend.statuses")}>
        {claimStatuses.map((s) => (
          <li key={s}>
            <mark className={`st-${s}`}>
              <span className="sample">{t(`status.${s}`)}</span>
            </mark>
          </li>
        ))}
        <li>
          <span className="speaker">{t("legend.speaker")}</span>
        </li>
      </ul>
      <ul aria-label={t("legend.verdicts")}>
        {ratings.map((r) => (
          <li key={r.id}>
            <span className="legend-underline" style={{ borderColor: r.color }}>
              <span className="badge verdict" style={{ background: r.color, color: readableTextColor(r.color) }}>
                {pickLabel(r.labels, locale)}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
