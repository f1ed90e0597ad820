import { useTranslations } from "next-intl";
import { readableTextColor } from "@/lib/ratings/colors";
import { pickLabel, type LabelRow } from "@/lib/ratings/labels";

/** A verdict's label on its scale colour; the text is always there, colour is only a hint. */
export function VerdictBadge({ rating, locale }: { rating: { color: string; labels: LabelRow[] } | null; locale: string }) {
  const t = useTranslations("claim");
  if (!rating) return <span className="badge">{t("noVerdict")}</span>;
  return <VerdictBadgeView color={rating.color} label={pickLabel(rating.labels, locale)} />;
}

/** The coloured badge alone, for lists that already picked the label. */
export function VerdictBadgeView({ color, label }: { color: string; label: string }) {
  return (
    <span className="badge verdict" style={{ background: color, color: readableTextColor(color) }}>
      {label}
    </span>
  );
}
