import { useTranslations } from "next-intl";
import { claimStatusSchema } from "@/lib/schemas/claim-status";

/** The workflow status as an icon and words (the icon is decoration: the words carry it). */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("status");
  const s = claimStatusSchema.safeParse(status);
  return (
    <span className={`badge status st-${s.success ? s.data : "unknown"}`}>
      <span className="status-icon" aria-hidden="true" />
      {s.success ? t(s.data) : status}
    </span>
  );
}
