import { Fragment } from "react";
import { useTranslations } from "next-intl";
import { pickLabel, type LabelRow } from "@/lib/ratings/labels";
import { claimStatusSchema } from "@/lib/schemas/claim-status";
import { segmentText, type SpanClaim } from "@/lib/review/text-segments";

export interface HighlightClaim extends SpanClaim {
  status: string;
  verdict: { rating: { color: string; labels: LabelRow[] } } | null;
}

/**
 * The article body exactly as stored, with each claim highlighted at its
 * span (a link that opens the claim) and speaker mentions underlined.
 * Status shows as a background tint *and* an icon (CSS generated content,
 * which is not part of the text, so selection offsets stay exact); the
 * verdict as a coloured underline *and* the link's title. The legend says
 * which is which.
 */
export function ArticleText({
  body,
  claims,
  activeClaimId,
  claimHref,
  locale,
}: {
  body: string;
  claims: HighlightClaim[];
  activeClaimId: string | null;
  claimHref: (claimId: string) => string;
  locale: string;
}) {
  const t = useTranslations();
  const byId = new Map(claims.map((c) => [c.id, c]));
  const segments = segmentText(body, claims);
  const out: React.ReactNode[] = [];
  for (let i = 0; i < segments.length; ) {
    const seg = segments[i]!;
    if (!seg.claimId) {
      out.push(<Piece key={seg.start} text={seg.text} speaker={seg.speaker} />);
      i++;
      continue;
    }
    const run = [];
    while (i < segments.length && segments[i]!.claimId === seg.claimId) run.push(segments[i++]!);
    const claim = byId.get(seg.claimId)!;
    const status = claimStatusSchema.safeParse(claim.status);
    const statusText = status.success ? t(`status.${status.data}`) : claim.status;
    const verdictText = claim.verdict ? pickLabel(claim.verdict.rating.labels, locale) : t("claim.noVerdict");
    const active = seg.claimId === activeClaimId;
    out.push(
      <mark
        key={seg.start}
        id={`claim-text-${seg.claimId}`}
        className={`st-${status.success ? status.data : "unknown"}${claim.verdict ? " rated" : ""}${active ? " active" : ""}`}
        style={claim.verdict ? ({ "--verdict": claim.verdict.rating.color } as React.CSSProperties) : undefined}
      >
        <a href={claimHref(seg.claimId)} aria-current={active ? "true" : undefined} title={`${statusText} · ${verdictText}`} data-claim-highlight={seg.claimId}>
          {run.map((r) => (
            <Piece key={r.start} text={r.text} speaker={r.speaker} />
          ))}
        </a>
      </mark>,
    );
  }
  return <div className="article-body">{out}</div>;
}

function Piece({ text, speaker }: { text: string; speaker: boolean }) {
  return speaker ? <span className="speaker">{text}</span> : <Fragment>{text}</Fragment>;
}
