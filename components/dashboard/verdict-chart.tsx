import { useTranslations } from "next-intl";
import { readableTextColor } from "@/lib/ratings/colors";
import { pickLabel } from "@/lib/ratings/labels";
import type { Dashboard } from "@/lib/review/dashboard";

/**
 * Verdict distribution as a bar chart that is also a table: each bar is a
 * table row with the rating's name and count in text, so nothing depends
 * on colour or on seeing the bars.
 */
export function VerdictChart({ distribution, locale }: { distribution: Dashboard["distribution"]; locale: string }) {
  const t = useTranslations("dashboard");
  const max = Math.max(1, ...distribution.map((d) => d.count));
  const scales = new Set(distribution.map((d) => d.scale.name));
  if (distribution.length === 0) return <p className="empty">{t("noVerdicts")}</p>;
  return (
    <table className="bar-chart" aria-label={t("distribution")}>
      <thead>
        <tr>
          <th scope="col">{t("verdict")}</th>
          <th scope="col">{t("claims")}</th>
        </tr>
      </thead>
      <tbody>
        {distribution.map((d) => {
          const label = pickLabel(d.labels, locale) + (scales.size > 1 ? ` (${d.scale.name})` : "");
          return (
            <tr key={d.id}>
              <th scope="row">{label}</th>
              <td>
                <span className="bar" style={{ width: `${Math.max(8, (d.count / max) * 100)}%`, background: d.color, color: readableTextColor(d.color) }}>
                  {d.count}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
