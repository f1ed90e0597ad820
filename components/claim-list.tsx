import { useTranslations } from "next-intl";
import type { BlindState } from "@/lib/review/blind-review";
import type { WorkspaceClaim } from "@/lib/review/queries";
import { StatusBadge } from "./status-badge";
import { VerdictBadge } from "./verdict-badge";

/**
 * The queue's rows, rendered on the server: selecting or changing one claim
 * re-renders nothing on the client but the rows whose markup changed.
 * `data-queue-claim` rows, in order, are what j / k walk through. Rows are
 * plain links (no client component per row, no prefetch of 1,000 pages):
 * KeyboardShortcuts turns their clicks into client-side navigations.
 */
export function ClaimList({
  claims,
  activeClaimId,
  claimHref,
  locale,
  emptyText,
}: {
  claims: (WorkspaceClaim & { blind: BlindState })[];
  activeClaimId: string | null;
  claimHref: (claimId: string) => string;
  locale: string;
  emptyText: string;
}) {
  const t = useTranslations("claim");
  if (claims.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ol className="claim-list" aria-label={t("listLabel")}>
      {claims.map((c, i) => (
        <li key={c.id} data-queue-claim={c.id}>
          <input type="checkbox" form="bulk-form" name="claimIds" value={c.id} aria-label={t("select", { n: i + 1 })} />
          <a href={claimHref(c.id)} aria-current={c.id === activeClaimId ? "true" : undefined} data-claim-link={c.id}>
            <span>{c.text}</span>
            <span className="claim-meta">
              <span>{c.speaker ? t("speakerIs", { speaker: c.speaker }) : t("ownVoice")}</span>
              <StatusBadge status={c.status} />
              {!c.checkworthy ? <span className="badge">{t("notCheckworthy")}</span> : null}
              {c.blind.hideVerdict ? (
                <span className="badge">{t("verdictHidden")}</span>
              ) : (
                <VerdictBadge rating={c.verdict?.rating ?? null} locale={locale} />
              )}
              {c.blind.disagreement ? <span className="badge warn">{t("disagree")}</span> : null}
              {c.assignee ? <span>{t("assignedTo", { name: c.assignee.name })}</span> : null}
              <span>{t("score", { score: Math.round(c.score * 100) })}</span>
            </span>
          </a>
        </li>
      ))}
    </ol>
  );
}
