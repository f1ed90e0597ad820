"use client";
import { Fragment, useMemo } from "react";
import { useTranslations } from "next-intl";
import { pickLabel, type LabelRow } from "@/lib/ratings/labels";
import { claimPath } from "@/lib/review/paths";
import { workspaceRows, type QueueWire } from "@/lib/review/queue-wire";
import { claimStatuses } from "@/lib/schemas/claim-status";
import { segmentText, type SpanClaim } from "@/lib/review/text-segments";

export interface HighlightClaim extends SpanClaim {
  status: string;
  /** the current verdict, when the viewer may see it */
  verdict: { rating: { id: string } } | null;
}

export interface HighlightRating {
  id: string;
  color: string;
  labels: LabelRow[];
}

/**
 * The article body exactly as stored, with each claim highlighted at its
 * span (a link that opens the claim) and speaker mentions underlined.
 * Status shows as a background tint *and* an icon (CSS generated content,
 * which is not part of the text, so selection offsets stay exact); the
 * verdict as a coloured underline *and* the link's title. The legend says
 * which is which. The open claim's mark is set by ActiveHighlight, so
 * this renders once per article, not per claim. A client component: the
 * browser gets the body and the spans, not a server-rendered tree of
 * thousands of marks twice over (HTML and RSC payload).
 */
export function ArticleText({
  body,
  claims: wire,
  ratings,
  articleId,
  locale,
}: {
  body: string;
  /** the workspace's claims payload (queue-wire.ts), shared with the queue */
  claims: QueueWire;
  ratings: HighlightRating[];
  articleId: string;
  locale: string;
}) {
  const t = useTranslations();
  const claims: HighlightClaim[] = useMemo(() => workspaceRows(wire), [wire]);
  const segments = useMemo(() => segmentText(body, claims), [body, claims]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  // labels once per status and per rating, not once per highlight
  const statusText = useMemo(() => new Map<string, string>(claimStatuses.map((s) => [s, t(`status.${s}`)])), [t]);
  const verdictText = useMemo(() => new Map(ratings.map((r) => [r.id, pickLabel(r.labels, locale)])), [ratings, locale]);
  const ratingColor = useMemo(() => new Map(ratings.map((r) => [r.id, r.color])), [ratings]);
  const noVerdict = t("claim.noVerdict");
  const out: React.ReactNode[] = [];
  for (let i = 0; i < segments.length; ) {
    const seg = segments[i]!;
    if (!seg.claimId) {
      out.push(piece(seg));
      i++;
      continue;
    }
    const run = [];
    while (i < segments.length && segments[i]!.claimId === seg.claimId) run.push(piece(segments[i++]!));
    const claim = byId.get(seg.claimId)!;
    const status = statusText.has(claim.status) ? claim.status : "unknown";
    const ratingId = claim.verdict?.rating.id;
    const color = ratingId ? ratingColor.get(ratingId) : undefined;
    const verdict = (ratingId && verdictText.get(ratingId)) || noVerdict;
    out.push(
      <mark
        key={seg.start}
        className={`st-${status}${color ? " rated" : ""}`}
        style={color ? ({ "--verdict": color } as React.CSSProperties) : undefined}
      >
        <a href={claimPath(articleId, seg.claimId)} title={`${statusText.get(status) ?? claim.status} · ${verdict}`} data-claim-highlight={seg.claimId}>
          {run}
        </a>
      </mark>,
    );
  }
  return <div className="article-body">{out}</div>;
}

/** A run of text: plain, or a speaker mention. */
function piece(seg: { text: string; start: number; speaker: boolean }): React.ReactNode {
  return seg.speaker ? (
    <span key={seg.start} className="speaker">
      {seg.text}
    </span>
  ) : (
    <Fragment key={seg.start}>{seg.text}</Fragment>
  );
}
