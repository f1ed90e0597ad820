import Link from "next/link";
import type { FormAction } from "@/lib/auth/mutation";
import { pickLabel } from "@/lib/ratings/labels";
import type { WorkspaceClaim, WorkspaceRating } from "@/lib/review/queries";
import { AddSourceForm } from "./forms/add-source-form";
import { VerdictForm } from "./forms/verdict-form";
import { SourceList } from "./source-list";
import { VerdictBadge } from "./verdict-badge";

export function ClaimPanel({
  claim,
  ratings,
  locale,
  closeHref,
  addSourceAction,
  saveVerdictAction,
}: {
  claim: WorkspaceClaim;
  ratings: WorkspaceRating[];
  locale: string;
  closeHref: string;
  addSourceAction: FormAction;
  saveVerdictAction: FormAction;
}) {
  return (
    <section className="panel" id="claim-panel" aria-labelledby="claim-panel-title">
      <h2 id="claim-panel-title">Claim</h2>
      <blockquote>{claim.text}</blockquote>
      <dl className="claim-facts">
        <dt>Speaker</dt>
        <dd>{claim.speaker ?? "the article's own voice"}</dd>
        <dt>Check-worthiness</dt>
        <dd>
          {Math.round(claim.score * 100)}%{claim.reasons.length ? ` (${claim.reasons.join("; ")})` : null}
        </dd>
        <dt>Current verdict</dt>
        <dd>
          <VerdictBadge rating={claim.verdict?.rating ?? null} locale={locale} />
          {claim.verdict ? <span className="muted"> by {claim.verdict.author?.name ?? "unknown"}</span> : null}
        </dd>
      </dl>
      {claim.verdict ? (
        <>
          <h3>Rationale</h3>
          <p style={{ whiteSpace: "pre-wrap" }}>{claim.verdict.rationale}</p>
        </>
      ) : null}
      <h3>Sources</h3>
      <SourceList sources={claim.sources} />
      <h3>Add source</h3>
      <AddSourceForm key={`src-${claim.id}`} claimId={claim.id} action={addSourceAction} />
      <h3>Verdict</h3>
      <VerdictForm
        key={`v-${claim.id}`}
        claimId={claim.id}
        version={claim.version}
        ratings={ratings.map((r) => ({ id: r.id, label: pickLabel(r.labels, locale) }))}
        current={claim.verdict ? { ratingId: claim.verdict.rating.id, rationale: claim.verdict.rationale } : null}
        action={saveVerdictAction}
      />
      <p>
        <Link href={closeHref} scroll={false}>
          Back to all claims
        </Link>
      </p>
    </section>
  );
}
