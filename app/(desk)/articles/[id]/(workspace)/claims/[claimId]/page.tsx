import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { ClaimPanel } from "@/components/claim-panel";
import { getActor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { findAlreadyChecked } from "@/lib/review/already-checked";
import { applyBlindReview } from "@/lib/review/blind-review";
import { getClaimTimeline } from "@/lib/review/claim-timeline";
import { queueHref } from "@/lib/review/claim-queue";
import { listComments } from "@/lib/review/comments";
import { articlePath, claimPath } from "@/lib/review/paths";
import { getArticleForPanel, getWorkspaceClaim, listAssignableUsers, listGroupMembers } from "@/lib/review/queries";
import { claimQueueSchema } from "@/lib/schemas/claim-queue";
import { claimPageParams } from "@/lib/schemas/route-params";
import {
  addCommentAction, addSourceAction, approveVerdictAction, assignClaimAction, dismissClaimAction, editClaimAction, mergeClaimAction, restoreClaimAction,
  saveVerdictAction, setCheckworthyAction, splitClaimAction,
} from "../../../actions";

type Props = { params: Promise<{ id: string; claimId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

/**
 * One open claim: its panel, beside the queue and the text of the
 * workspace layout (which this page never re-renders). Reads only this
 * claim, so moving to the next one costs one claim, not the article.
 */
export default async function ClaimWorkspacePage({ params, searchParams }: Props) {
  const parsed = claimPageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id: articleId, claimId } = parsed.data;
  const [article, found, actor, users, locale] = await Promise.all([
    getArticleForPanel(articleId),
    getWorkspaceClaim(articleId, claimId),
    getActor(),
    listAssignableUsers(),
    getLocale(),
  ]);
  if (!article || !found || !actor) notFound();
  const claim = applyBlindReview([found], article.blindReview, { id: actor.id, canApprove: roleCan(actor.role, "verdict:approve") })[0]!;
  const [timeline, alreadyChecked, comments, duplicates] = await Promise.all([
    getClaimTimeline(claim.id),
    findAlreadyChecked({ ...claim, articleId }, article.language === "en" ? "en" : "pt"),
    listComments(db, claim.id),
    claim.groupKey ? listGroupMembers(articleId, claim.groupKey, claim.id) : [],
  ]);
  // links keep the queue's filters
  const filters: Record<string, string | undefined> = { ...claimQueueSchema.parse(await searchParams) };
  const search = queueHref("", filters, {});

  return (
    <ClaimPanel
      claim={claim}
      ratings={article.scale.ratings}
      locale={locale}
      closeHref={`${articlePath(articleId)}${search}`}
      actor={actor}
      timeline={timeline}
      alreadyChecked={alreadyChecked}
      duplicates={duplicates}
      comments={comments}
      users={users}
      claimHref={(id) => claimPath(articleId, id, search)}
      actions={{
        addSource: addSourceAction,
        saveVerdict: saveVerdictAction,
        approveVerdict: approveVerdictAction,
        assign: assignClaimAction,
        comment: addCommentAction,
        curation: {
          edit: editClaimAction,
          split: splitClaimAction,
          merge: mergeClaimAction,
          dismiss: dismissClaimAction,
          restore: restoreClaimAction,
          setCheckworthy: setCheckworthyAction,
        },
      }}
    />
  );
}
