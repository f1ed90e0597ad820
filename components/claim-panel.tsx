import Link from "next/link";
import type { Actor } from "@/lib/auth/actor-type";
import type { FormAction } from "@/lib/auth/mutation";
import { roleCan } from "@/lib/auth/permissions";
import type { BlindState } from "@/lib/review/blind-review";
import type { TimelineEvent } from "@/lib/review/claim-timeline";
import type { AlreadyChecked } from "@/lib/review/already-checked";
import { AlreadyCheckedList } from "./already-checked";
import { ClaimTimeline } from "./claim-timeline";
import { CurateClaim, type CurationActions } from "./curation/curate-claim";
import { ApproveVerdictForm } from "./forms/approve-verdict-form";
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
  approveVerdictAction,
  actor,
  timeline,
  curation,
  alreadyChecked,
}: {
  claim: WorkspaceClaim & { blind: BlindState };
  ratings: WorkspaceRating[];
  locale: string;
  closeHref: string;
  addSourceAction: FormAction;
  saveVerdictAction: FormAction;
  approveVerdictAction: FormAction;
  actor: Actor;
  timeline: TimelineEvent[];
  curation: CurationActions;
  alreadyChecked: AlreadyChecked[];
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
          {claim.blind.hideVerdict ? (
            "Hidden: blind review. Propose your own verdict first."
          ) : (
            <>
              <VerdictBadge rating={claim.verdict?.rating ?? null} locale={locale} />
              {claim.verdict ? <span className="muted"> by {claim.verdict.author?.name ?? "unknown"}</span> : null}
            </>
          )}
          {claim.blind.disagreement ? (
            <>
              {" "}
              <span className="badge warn">Reviewers disagree</span>
            </>
          ) : null}
        </dd>
      </dl>
      {claim.verdict ? (
        <>
          <h3>Rationale</h3>
          <p style={{ whiteSpace: "pre-wrap" }}>{claim.verdict.rationale}</p>
          <Approval claim={claim} actor={actor} action={approveVerdictAction} />
        </>
      ) : null}
      <AlreadyCheckedList matches={alreadyChecked} />
      {roleCan(actor.role, "claim:curate") ? <CurateClaim key={claim.id} claim={claim} actions={curation} /> : null}
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
      <h3>Timeline</h3>
      <ClaimTimeline events={timeline} />
      <p>
        <Link href={closeHref} scroll={false}>
          Back to all claims
        </Link>
      </p>
    </section>
  );
}

/** Sign-off: who approved, or who may; the two-person rule is explained, not just enforced. */
function Approval({ claim, actor, action }: { claim: WorkspaceClaim; actor: Actor; action: FormAction }) {
  const verdict = claim.verdict!;
  if (verdict.approvedAt) {
    return <p className="form-message ok">Approved by {verdict.approvedBy?.name ?? "an editor"}; the claim is published.</p>;
  }
  if (!roleCan(actor.role, "verdict:approve")) return <p className="muted">Awaiting approval by an editor.</p>;
  if (verdict.author?.id === actor.id) {
    return <p className="muted">You wrote this verdict: another editor must approve it (two-person rule).</p>;
  }
  return <ApproveVerdictForm claimId={claim.id} verdictId={verdict.id} version={claim.version} action={action} />;
}
