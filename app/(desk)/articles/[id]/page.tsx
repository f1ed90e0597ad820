import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleText } from "@/components/article-text";
import { ClaimList } from "@/components/claim-list";
import { ClaimPanel } from "@/components/claim-panel";
import { ProgressMeter } from "@/components/progress-meter";
import { DownloadMenu } from "@/components/report/download-menu";
import { BlindReviewBar } from "@/components/blind-review-bar";
import { ReextractButton } from "@/components/curation/reextract-button";
import { SelectionToClaim } from "@/components/curation/selection-to-claim";
import { BulkActions } from "@/components/workspace/bulk-actions";
import { KeyboardShortcuts } from "@/components/workspace/keyboard-shortcuts";
import { HighlightLegend } from "@/components/workspace/legend";
import { QueueFilters } from "@/components/workspace/queue-filters";
import { ScaleChooser } from "@/components/workspace/scale-chooser";
import { getActor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listScales } from "@/lib/ratings/queries";
import { cohenKappa, independentPair } from "@/lib/review/agreement";
import { applyBlindReview } from "@/lib/review/blind-review";
import { findAlreadyChecked } from "@/lib/review/already-checked";
import { getClaimTimeline } from "@/lib/review/claim-timeline";
import { queueClaims, queueHref } from "@/lib/review/claim-queue";
import { listComments } from "@/lib/review/comments";
import { getArticleWorkspace, listAssignableUsers } from "@/lib/review/queries";
import { searchArticleClaimIds } from "@/lib/review/queue-search";
import { claimQueueSchema } from "@/lib/schemas/claim-queue";
import { articlePageParams } from "@/lib/schemas/route-params";
import {
  addClaimAction, addCommentAction, addSourceAction, approveVerdictAction, assignClaimAction, bulkAction, dismissClaimAction, editClaimAction, mergeClaimAction,
  reextractAction, restoreClaimAction, saveVerdictAction, setArticleScaleAction, setBlindReviewAction, setCheckworthyAction, splitClaimAction,
} from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const article = await getArticleWorkspace(id);
  return { title: article?.title ?? (await getTranslations("notFound"))("title") };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const search = await searchParams;
  const parsed = articlePageParams.safeParse({ ...(await params), ...search });
  if (!parsed.success) notFound();
  const queue = claimQueueSchema.parse(search);
  const [workspace, actor, users, locale, t] = await Promise.all([
    getArticleWorkspace(parsed.data.id),
    getActor(),
    listAssignableUsers(),
    getLocale(),
    getTranslations("workspace"),
  ]);
  if (!workspace || !actor) notFound(); // the desk layout already required a session
  const matchIds = queue.q ? await searchArticleClaimIds(workspace.id, queue.q) : null;
  const claims = applyBlindReview(workspace.claims, workspace.blindReview, { id: actor.id, canApprove: roleCan(actor.role, "verdict:approve") });
  const article = { ...workspace, claims };
  const agreement = cohenKappa(workspace.claims.map((c) => independentPair(c.reviews)).filter((p) => p !== null));
  const { claims: shown, counts, groups } = queueClaims(claims, queue, actor.id, matchIds);

  const activeClaim = article.claims.find((c) => c.id === parsed.data.claim) ?? null;
  const [timeline, alreadyChecked, comments] = activeClaim
    ? await Promise.all([
        getClaimTimeline(activeClaim.id),
        findAlreadyChecked({ ...activeClaim, articleId: article.id }, article.language === "en" ? "en" : "pt"),
        listComments(db, activeClaim.id),
      ])
    : [[], [], []];
  const duplicates =
    activeClaim?.groupKey && groups.has(activeClaim.groupKey)
      ? article.claims.filter((c) => c.groupKey === activeClaim.groupKey && c.id !== activeClaim.id).map((c) => ({ id: c.id, text: c.text }))
      : [];
  const base = `/articles/${article.id}`;
  const current: Record<string, string | undefined> = { ...queue, sort: queue.sort, claim: activeClaim?.id };
  const claimHref = (claimId: string) => queueHref(base, current, { claim: claimId });
  const reviewed = article.claims.filter((c) => c.verdict).length;
  const speakers = [...new Set(article.claims.map((c) => c.speaker).filter((s): s is string => !!s))].sort((a, b) => a.localeCompare(b));
  const canEditScale = roleCan(actor.role, "claim:assign");
  const scales = canEditScale ? await listScales() : [];

  return (
    <>
      <h1>{article.title}</h1>
      <p className="muted">
        {[article.publisher, t(article.language === "pt" ? "portuguese" : "english"), t("claimCount", { count: article.claims.length }), article.scale.name]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <div className="actions-row">
        <ProgressMeter done={reviewed} total={article.claims.length} label={t("progress")} />
        <Link className="button secondary" href={`${base}/report`}>
          {t("report")}
        </Link>
        <DownloadMenu endpoint={`/api/articles/${article.id}/report`} />
        <ReextractButton articleId={article.id} action={reextractAction} />
        {canEditScale ? <ScaleChooser articleId={article.id} current={article.scale.id} scales={scales.map((s) => ({ id: s.id, name: s.name }))} locked={reviewed > 0} action={setArticleScaleAction} /> : null}
      </div>
      <BlindReviewBar articleId={article.id} enabled={article.blindReview} canChange={roleCan(actor.role, "claim:assign")} agreement={agreement} action={setBlindReviewAction} />
      <KeyboardShortcuts activeClaimId={activeClaim?.id ?? null} />
      <div className="workspace">
        <section aria-labelledby="article-text-title">
          <h2 id="article-text-title">{t("articleText")}</h2>
          <HighlightLegend ratings={article.scale.ratings} locale={locale} />
          <SelectionToClaim articleId={article.id} action={addClaimAction}>
            <ArticleText body={article.body} claims={article.claims} activeClaimId={activeClaim?.id ?? null} claimHref={claimHref} locale={locale} />
          </SelectionToClaim>
        </section>
        <aside className="sidebar" id="workspace-sidebar" aria-label={t("sidebar")}>
          {activeClaim ? (
            <ClaimPanel
              claim={activeClaim}
              ratings={article.scale.ratings}
              locale={locale}
              closeHref={queueHref(base, current, { claim: undefined })}
              actor={actor}
              timeline={timeline}
              alreadyChecked={alreadyChecked}
              duplicates={duplicates}
              comments={comments}
              users={users}
              claimHref={claimHref}
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
          ) : (
            <p className="panel empty">{article.claims.length ? t("pickClaim") : t("noClaimsHint")}</p>
          )}
          <section aria-labelledby="claims-title">
            <h2 id="claims-title">{t("claimsTitle", { shown: shown.length, total: article.claims.length })}</h2>
            <QueueFilters
              base={base}
              params={queue}
              activeClaimId={activeClaim?.id ?? null}
              counts={counts}
              groups={groups}
              ratings={article.scale.ratings}
              users={users}
              speakers={speakers}
              viewerId={actor.id}
              locale={locale}
            />
            <p role="status" aria-live="polite" className="muted">
              {t("showing", { shown: shown.length, total: article.claims.length })}
            </p>
            {shown.length > 0 ? <BulkActions articleId={article.id} users={users} canAssign={roleCan(actor.role, "claim:assign")} action={bulkAction} /> : null}
            <ClaimList
              claims={shown}
              activeClaimId={activeClaim?.id ?? null}
              claimHref={claimHref}
              locale={locale}
              emptyText={article.claims.length === 0 ? t("noClaimsHint") : t("noMatches")}
            />
          </section>
        </aside>
      </div>
    </>
  );
}
