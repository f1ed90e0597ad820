"use client";
import { memo, useMemo } from "react";
import { useTranslations } from "next-intl";
import { pickLabel, type LabelRow } from "@/lib/ratings/labels";
import type { QueueRow } from "@/lib/review/claim-queue";
import { claimStatuses } from "@/lib/schemas/claim-status";
import { StatusBadgeView } from "./status-badge";
import { VerdictBadgeView } from "./verdict-badge";

export type RowRating = { color: string; labels: LabelRow[] };

/**
 * The words every row repeats, translated once per list instead of once per
 * row. Rows put values after labels ("Score 80%") instead of formatting a
 * message per row: next-intl's ICU formatting costs about 0.1 ms a call,
 * which was a fifth of a 1,000-claim page.
 */
type RowWords = {
  status: ReadonlyMap<string, string>;
  notCheckworthy: string;
  verdictHidden: string;
  noVerdict: string;
  disagree: string;
  ownVoice: string;
  select: string;
  speaker: string;
  assignedTo: string;
  score: string;
};

/**
 * The queue's rows. Each row is memoised on plain props, so moving to the
 * next claim re-renders the two rows whose `active` changed and nothing
 * else. `data-queue-claim` rows, in order, are what j / k walk through.
 * Rows are plain links (no prefetch of 1,000 pages): KeyboardShortcuts
 * turns their clicks into client-side navigations.
 */
export function ClaimList({
  claims,
  activeClaimId,
  hrefFor,
  ratings,
  locale,
  emptyText,
}: {
  claims: QueueRow[];
  activeClaimId: string | null;
  hrefFor: (claimId: string) => string;
  ratings: ReadonlyMap<string, RowRating>;
  locale: string;
  emptyText: string;
}) {
  const t = useTranslations("claim");
  const ts = useTranslations("status");
  const words = useMemo<RowWords>(
    () => ({
      status: new Map(claimStatuses.map((s) => [s, ts(s)])),
      notCheckworthy: t("notCheckworthy"),
      verdictHidden: t("verdictHidden"),
      noVerdict: t("noVerdict"),
      disagree: t("disagree"),
      ownVoice: t("ownVoice"),
      select: t("rowSelect"),
      speaker: t("rowSpeaker"),
      assignedTo: t("rowAssignedTo"),
      score: t("rowScore"),
    }),
    [t, ts],
  );
  if (claims.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ol className="claim-list" aria-label={t("listLabel")}>
      {claims.map((c, i) => (
        <ClaimRow
          key={c.id}
          claim={c}
          n={i + 1}
          href={hrefFor(c.id)}
          active={c.id === activeClaimId}
          rating={c.verdict ? (ratings.get(c.verdict.rating.id) ?? null) : null}
          locale={locale}
          words={words}
        />
      ))}
    </ol>
  );
}

/** Row props are equal when every shown value is: a refresh after a save sends new objects with the same values. */
function sameRow(a: RowProps, b: RowProps): boolean {
  if (a.n !== b.n || a.href !== b.href || a.active !== b.active || a.locale !== b.locale || a.words !== b.words || !sameRating(a.rating, b.rating)) return false;
  const x = a.claim;
  const y = b.claim;
  if (x === y) return true;
  return (
    x.id === y.id && x.text === y.text && x.speaker === y.speaker && x.status === y.status && x.checkworthy === y.checkworthy && x.score === y.score &&
    x.assigneeName === y.assigneeName && x.hideVerdict === y.hideVerdict && x.disagreement === y.disagreement && x.verdict?.rating.id === y.verdict?.rating.id
  );
}

function sameRating(a: RowRating | null, b: RowRating | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.color !== b.color || a.labels.length !== b.labels.length) return false;
  return a.labels.every((l, i) => l.locale === b.labels[i]!.locale && l.label === b.labels[i]!.label);
}

type RowProps = { claim: QueueRow; n: number; href: string; active: boolean; rating: RowRating | null; locale: string; words: RowWords };

const ClaimRow = memo(function ClaimRow({
  claim: c,
  n,
  href,
  active,
  rating,
  locale,
  words,
}: RowProps) {
  return (
    <li data-queue-claim={c.id}>
      <input type="checkbox" form="bulk-form" name="claimIds" value={c.id} aria-label={`${words.select} ${n}`} />
      <a href={href} aria-current={active ? "true" : undefined} data-claim-link={c.id}>
        <span>{c.text}</span>
        <span className="claim-meta">
          <span>{c.speaker ? `${words.speaker} ${c.speaker}` : words.ownVoice}</span>
          <StatusBadgeView status={words.status.has(c.status) ? c.status : "unknown"} label={words.status.get(c.status) ?? c.status} />
          {!c.checkworthy ? <span className="badge">{words.notCheckworthy}</span> : null}
          {c.hideVerdict ? (
            <span className="badge">{words.verdictHidden}</span>
          ) : rating ? (
            <VerdictBadgeView color={rating.color} label={pickLabel(rating.labels, locale)} />
          ) : (
            <span className="badge">{words.noVerdict}</span>
          )}
          {c.disagreement ? <span className="badge warn">{words.disagree}</span> : null}
          {c.assigneeName ? <span>{`${words.assignedTo} ${c.assigneeName}`}</span> : null}
          <span>{`${words.score} ${Math.round(c.score * 100)}%`}</span>
        </span>
      </a>
    </li>
  );
}, sameRow);
