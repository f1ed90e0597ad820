import { useTranslations } from "next-intl";
export function ProgressMeter({ done, total, label }: { done: number; total: number; label: string }) {
  const t = useTranslations("progress");
  return (
    <span className="progress">
      <progress value={done} max={Math.max(total, 1)} aria-label={label} />
      <span>{t("reviewed", { done, total })}</span>
    </span>
  );
}
