import { Fragment } from "react";
import { segmentText, type SpanClaim } from "@/lib/review/text-segments";

/**
 * The article body exactly as stored, with each claim highlighted at its
 * span (a link that opens the claim) and speaker mentions underlined.
 */
export function ArticleText({
  body,
  claims,
  activeClaimId,
  claimHref,
}: {
  body: string;
  claims: SpanClaim[];
  activeClaimId: string | null;
  claimHref: (claimId: string) => string;
}) {
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
    const active = seg.claimId === activeClaimId;
    out.push(
      <mark key={seg.start} id={`claim-text-${seg.claimId}`} className={active ? "active" : undefined}>
        <a href={claimHref(seg.claimId)} aria-current={active ? "true" : undefined}>
          {run.map((r) => (
            <Piece key={r.start} text={r.text} speaker={r.speaker} />
          ))}
        </a>
      </mark>,
    );
  }
  return <div className="article-body" style={{ whiteSpace: "pre-wrap" }}>{out}</div>;
}

function Piece({ text, speaker }: { text: string; speaker: boolean }) {
  return speaker ? <span className="speaker">{text}</span> : <Fragment>{text}</Fragment>;
}
