import { useFormatter, useTranslations } from "next-intl";
import type { TimelineEvent } from "@/lib/review/claim-timeline";

/** Audit actions with words of their own; anything else shows its code. */
const known = new Set([
  "source.add", "verdict.propose", "verdict.approve", "claim.update", "claim.create", "claim.dismiss", "claim.restore", "claim.split",
  "claim.merge", "claim.setCheckworthy", "claim.assign", "claim.status", "comment.add",
]);

export function ClaimTimeline({ events }: { events: TimelineEvent[] }) {
  const t = useTranslations("timeline");
  const format = useFormatter();
  if (events.length === 0) return <p className="muted">{t("empty")}</p>;
  return (
    <ol className="timeline" aria-label={t("label")}>
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })} UTC</time> — {e.actor ?? t("someone")}{" "}
          {known.has(e.action) ? t(`actions.${e.action.replace(".", "_")}`) : e.action}
        </li>
      ))}
    </ol>
  );
}
