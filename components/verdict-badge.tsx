import { pickLabel, type LabelRow } from "@/lib/ratings/labels";

/** A verdict's label on its scale colour; the text is always there, colour is only a hint. */
export function VerdictBadge({ rating, locale }: { rating: { color: string; labels: LabelRow[] } | null; locale: string }) {
  if (!rating) return <span className="badge">No verdict yet</span>;
  return (
    <span className="badge verdict" style={{ background: rating.color }}>
      {pickLabel(rating.labels, locale)}
    </span>
  );
}
