import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleText } from "@/components/article-text";
import { ProgressMeter } from "@/components/progress-meter";
import { DownloadMenu } from "@/components/report/download-menu";
import { BlindReviewBar } from "@/components/blind-review-bar";
import { ReextractButton } from "@/components/curation/reextract-button";
import { SelectionToClaim } from "@/components/curation/selection-to-claim";
import { ActiveHighlight } from "@/components/workspace/active-highlight";
import { ClaimQueue } from "@/components/workspace/claim-queue";
import { KeyboardShortcuts } from "@/components/workspace/keyboard-shortcuts";
import { PendingVerdictsProvider } from "@/components/workspace/pending-verdicts";
import { HighlightLegend } from "@/components/workspace/legend";
import { ScaleChooser } from "@/components/workspace/scale-chooser";
import { getActor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { listScaleNames } from "@/lib/ratings/queries";
import { cohenKappa, independentPair } from "@/lib/review/agreement";
import { applyBlindReview } from "@/lib/review/blind-review";
import { encodeQueueRows, type WorkspaceRow } from "@/lib/review/queue-wire";
import { getArticleQueue, listAssignableUsers } from "@/lib/review/queries";
import { entityId } from "@/lib/schemas/fields";
import { addClaimAction, bulkAction, reextractAction, setArticleScaleAction, setBlindReviewAction } from "../actions";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

async function load(rawId: string) {
  const id = entityId("Article").safeParse(rawId);
  return id.success ? getArticleQueue(id.data) : null;
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const article = await load((await params).id);
  return { title: article?.title ?? (await getTranslations("notFound"))("title") };
}

/**
 * The reviewer workspace around whichever claim is open: the article text
 * with its highlights and the claim queue. It is a layout so that it stays
 * mounted while the reviewer moves from claim to claim (`claims/[claimId]`,
 * the panel in `children`); the queue filters on the client.
 */
export default async function WorkspaceLayout({ children, params }: Props) {
  const [article, actor, users, locale, t] = await Promise.all([
    load((await params).id),
    getActor(),
    listAssignableUsers(),
    getLocale(),
    getTranslations("workspace"),
  ]);
  if (!article || !actor) notFound(); // the desk layout already required a session
  const claims = applyBlindReview(article.claims, article.blindReview, { id: actor.id, canApprove: roleCan(actor.role, "verdict:approve") });
  const agreement = cohenKappa(article.claims.map((c) => independentPair(c.reviews)).filter((p) => p !== null));
  // one payload for the text's highlights and the queue's rows, column by column (queue-wire.ts)
  const rows: WorkspaceRow[] = claims.map((c) => ({
    id: c.id,
    text: c.text,
    start: c.start,
    end: c.end,
    speakerStart: c.speakerStart,
    speakerEnd: c.speakerEnd,
    score: c.score,
    status: c.status,
    checkworthy: c.checkworthy,
    speaker: c.speaker,
    groupKey: c.groupKey,
    assigneeId: c.assigneeId,
    assigneeName: c.assignee?.name ?? null,
    verdict: c.verdict ? { rating: { id: c.verdict.rating.id, key: c.verdict.rating.key } } : null,
    hideVerdict: c.blind.hideVerdict,
    disagreement: c.blind.disagreement,
  }));
  const wire = encodeQueueRows(rows);
  const reviewed = article.claims.filter((c) => c.verdict).length;
  const speakers = [...new Set(article.claims.map((c) => c.speaker).filter((s): s is string => !!s))].sort((a, b) => a.localeCompare(b));
  const canAssign = roleCan(actor.role, "claim:assign");
  // the scale can change only until the first verdict (setArticleScale refuses it after)
  const scaleChoice = canAssign && reviewed === 0;
  const scales = scaleChoice ? await listScaleNames() : [];

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
        <Link className="button secondary" href={`/articles/${article.id}/report`}>
          {t("report")}
        </Link>
        <DownloadMenu endpoint={`/api/articles/${article.id}/report`} />
        <ReextractButton articleId={article.id} action={reextractAction} />
        {scaleChoice ? <ScaleChooser articleId={article.id} current={article.scale.id} scales={scales} action={setArticleScaleAction} /> : null}
      </div>
      <BlindReviewBar articleId={article.id} enabled={article.blindReview} canChange={canAssign} agreement={agreement} action={setBlindReviewAction} />
      <KeyboardShortcuts />
      <ActiveHighlight />
      <div className="workspace">
        <section aria-labelledby="article-text-title">
          <h2 id="article-text-title">{t("articleText")}</h2>
          <HighlightLegend ratings={article.scale.ratings} locale={locale} />
          <SelectionToClaim articleId={article.id} action={addClaimAction}>
            <ArticleText body={article.body} claims={wire} ratings={article.scale.ratings} articleId={article.id} locale={locale} />
          </SelectionToClaim>
        </section>
        <aside className="sidebar" id="workspace-sidebar" aria-label={t("sidebar")}>
          <PendingVerdictsProvider>
            {children}
            <ClaimQueue
              articleId={article.id}
              rows={wire}
              ratings={article.scale.ratings}
              users={users}
              speakers={speakers}
              viewerId={actor.id}
              canAssign={canAssign}
              locale={locale}
              bulkAction={bulkAction}
            />
          </PendingVerdictsProvider>
        </aside>
      </div>
    </>
  );
}
