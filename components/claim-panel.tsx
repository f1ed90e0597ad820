import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { Actor } from "@/lib/auth/actor-type";
import type { FormAction } from "@/lib/auth/mutation";
import { roleCan } from "@/lib/auth/permissions";
import { pickLabel } from "@/lib/ratings/labels";
import type { BlindState } from "@/lib/review/blind-review";
import type { TimelineEvent } from "@/lib/review/claim-timeline";
import type { AlreadyChecked } from "@/lib/review/already-checked";
import type { ClaimComment } from "@/lib/review/comments";
import type { WorkspaceClaim, WorkspaceRating } from "@/lib/review/queries";
import { AlreadyCheckedList } from "./already-checked";
import { ClaimTimeline } from "./claim-timeline";
import { CommentThread } from "./comment-thread";
import { CurateClaim, type CurationActions } from "./curation/curate-claim";
import { ApproveVerdictForm } from "./forms/approve-verdict-form";
import { AddSourceForm } from "./forms/add-source-form";
import { AssignForm } from "./forms/assign-form";
import { VerdictForm } from "./forms/verdict-form";
import { SafeMarkdown } from "./markdown";
import { SourceList } from "./source-list";
import { StatusBadge } from "./status-badge";
import { VerdictBadge } from "./verdict-badge";

export interface PanelActions {
  addSource: FormAction;
  saveVerdict: FormAction;
  approveVerdict: FormAction;
  assign: FormAction;
  comment: FormAction;
  curation: CurationActions;
}

/** Everything about one claim: facts, duplicates, sources, verdict and its history, comments, timeline. */
export function ClaimPanel({
  claim,
  ratings,
  locale,
  closeHref,
  actions,
  actor,
  timeline,
  alreadyChecked,
  duplicates,
  comments,
  users,
  claimHref,
}: {
  claim: WorkspaceClaim & { blind: BlindState };
  ratings: WorkspaceRating[];
  locale: string;
  closeHref: string;
  actions: PanelActions;
  actor: Actor;
  timeline: TimelineEvent[];
  alreadyChecked: AlreadyChecked[];
  duplicates: { id: string; text: string }[];
  comments: ClaimComment[];
  users: { id: string; name: string }[];
  claimHref: (id: string) => string;
}) {
  const t = useTranslations("claim");
  const format = useFormatter();
  return (
    <section className="panel" id="claim-panel" aria-labelledby="claim-panel-title">
      <h2 id="claim-panel-title" tabIndex={-1}>
        {t("panelTitle")}
      </h2>
      <blockquote>{claim.text}</blockquote>
      <dl className="claim-facts">
        <dt>{t("speaker")}</dt>
        <dd>{claim.speaker ?? t("ownVoiceLower")}</dd>
        <dt>{t("status")}</dt>
        <dd>
          <StatusBadge status={claim.status} />
          {claim.status === "dismissed" && claim.dismissReason ? <span className="muted"> {claim.dismissReason}</span> : null}
        </dd>
        <dt>{t("checkworthiness")}</dt>
        <dd>
          {Math.round(claim.score * 100)}%
          {claim.reasons.length ? (
            <ul className="reasons" aria-label={t("reasons")}>
              {claim.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : null}
        </dd>
        <dt>{t("assignee")}</dt>
        <dd>{claim.assignee?.name ?? t("unassigned")}</dd>
        <dt>{t("currentVerdict")}</dt>
        <dd>
          {claim.blind.hideVerdict ? (
            t("hiddenBlind")
          ) : (
            <>
              <VerdictBadge rating={claim.verdict?.rating ?? null} locale={locale} />
              {claim.verdict ? <span className="muted"> {t("by", { name: claim.verdict.author?.name ?? t("unknown") })}</span> : null}
            </>
          )}
          {claim.blind.disagreement ? (
            <>
              {" "}
              <span className="badge warn">{t("disagree")}</span>
            </>
          ) : null}
        </dd>
      </dl>
      {roleCan(actor.role, "claim:assign") ? (
        <AssignForm key={`a-${claim.id}-${claim.version}`} claimId={claim.id} version={claim.version} current={claim.assigneeId} users={users} action={actions.assign} />
      ) : null}
      {duplicates.length > 0 ? (
        <section aria-labelledby="dup-title" className="duplicates">
          <h3 id="dup-title">{t("duplicates", { count: duplicates.length })}</h3>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link href={claimHref(d.id)} scroll={false}>
                  {d.text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {claim.verdict ? (
        <>
          <h3>{t("rationale")}</h3>
          <SafeMarkdown>{claim.verdict.rationale}</SafeMarkdown>
          <Approval claim={claim} actor={actor} action={actions.approveVerdict} />
        </>
      ) : null}
      {!claim.blind.hideVerdict && claim.history.length > 0 ? (
        <details className="history">
          <summary>{t("history", { count: claim.history.length })}</summary>
          <ol aria-label={t("historyLabel")}>
            {claim.history.map((v) => (
              <li key={v.id}>
                <span className="badge">{pickLabel(v.rating.labels, locale)}</span> {t("by", { name: v.author?.name ?? t("unknown") })},{" "}
                <time dateTime={v.createdAt.toISOString()}>{format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })} UTC</time>
                {v.approvedAt ? ` · ${t("approvedBy", { name: v.approvedBy?.name ?? t("anEditor") })}` : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <AlreadyCheckedList matches={alreadyChecked} />
      {roleCan(actor.role, "claim:curate") ? <CurateClaim key={claim.id} claim={claim} actions={actions.curation} /> : null}
      <h3>{t("sources")}</h3>
      <SourceList sources={claim.sources} />
      <h3>{t("addSource")}</h3>
      <AddSourceForm key={`src-${claim.id}`} claimId={claim.id} action={actions.addSource} />
      <h3>{t("verdict")}</h3>
      <VerdictForm
        key={`v-${claim.id}`}
        claimId={claim.id}
        version={claim.version}
        ratings={ratings.map((r) => ({ id: r.id, label: pickLabel(r.labels, locale) }))}
        current={claim.verdict ? { ratingId: claim.verdict.rating.id, rationale: claim.verdict.rationale } : null}
        action={actions.saveVerdict}
      />
      <CommentThread key={`c-${claim.id}`} claimId={claim.id} comments={comments} me={actor.name} action={actions.comment} />
      <h3>{t("timeline")}</h3>
      <ClaimTimeline events={timeline} />
      <p>
        <Link href={closeHref} scroll={false}>
          {t("backToAll")}
        </Link>
      </p>
    </section>
  );
}

/** Sign-off: who approved, or who may; the two-person rule is explained, not just enforced. */
function Approval({ claim, actor, action }: { claim: WorkspaceClaim; actor: Actor; action: FormAction }) {
  const t = useTranslations("approval");
  const verdict = claim.verdict!;
  if (verdict.approvedAt) {
    return <p className="form-message ok">{t("approved", { name: verdict.approvedBy?.name ?? t("anEditor") })}</p>;
  }
  if (!roleCan(actor.role, "verdict:approve")) return <p className="muted">{t("awaiting")}</p>;
  if (verdict.author?.id === actor.id) {
    return <p className="muted">{t("ownVerdict")}</p>;
  }
  return <ApproveVerdictForm claimId={claim.id} verdictId={verdict.id} version={claim.version} action={action} />;
}
