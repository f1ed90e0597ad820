import Link from "next/link";
import type { BlindState } from "@/lib/review/blind-review";
import type { WorkspaceClaim } from "@/lib/review/queries";
import { claimStatusLabels, claimStatusSchema } from "@/lib/schemas/claim-status";
import { VerdictBadge } from "./verdict-badge";

export function ClaimList({
  claims,
  activeClaimId,
  claimHref,
  locale,
}: {
  claims: (WorkspaceClaim & { blind: BlindState })[];
  activeClaimId: string | null;
  claimHref: (claimId: string) => string;
  locale: string;
}) {
  if (claims.length === 0) return <p>The extractor found no claims in this article.</p>;
  return (
    <ol className="claim-list" aria-label="Claims">
      {claims.map((c) => {
        const status = claimStatusSchema.safeParse(c.status);
        return (
          <li key={c.id}>
            <Link href={claimHref(c.id)} aria-current={c.id === activeClaimId ? "true" : undefined} scroll={false}>
              <span>{c.text}</span>
              <span className="claim-meta">
                <span>{c.speaker ? `Speaker: ${c.speaker}` : "Article's own voice"}</span>
                <span className="badge">{status.success ? claimStatusLabels[status.data] : c.status}</span>
                {!c.checkworthy ? <span className="badge">Not check-worthy</span> : null}
                {c.blind.hideVerdict ? (
                  <span className="badge">Verdict hidden (blind review)</span>
                ) : (
                  <VerdictBadge rating={c.verdict?.rating ?? null} locale={locale} />
                )}
                {c.blind.disagreement ? <span className="badge warn">Reviewers disagree</span> : null}
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
