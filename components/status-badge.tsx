import { useTranslations } from "next-intl";
import { claimStatusSchema } from "@/lib/schemas/claim-status";

/** The workflow status as an icon and words (the icon is decoration: the words carry it). */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("status");
  const s = claimStatusSchema.safeParse(status);
  return <StatusBadgeView status={s.success ? s.data : "unknown"} label={s.success ? t(s.data) : status} />;
}

/** The badge with its words already translated (long lists translate each status once). */
export function StatusBadgeView({ status, label }: { status: string; label: string }) {
  return (
    <span className={`badge status st-${status}`}>
      <span className="status-icon" aria-hidden="true" />
      {label}
    </span>
  );
}
