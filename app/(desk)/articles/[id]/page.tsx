import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleText } from "@/components/article-text";
import { ClaimList } from "@/components/claim-list";
import { ClaimPanel } from "@/components/claim-panel";
import { ProgressMeter } from "@/components/progress-meter";
import { getArticleWorkspace } from "@/lib/review/queries";
import { articlePageParams } from "@/lib/schemas/route-params";
import { BlindReviewBar } from "@/components/blind-review-bar";
import { ReextractButton } from "@/components/curation/reextract-button";
import { SelectionToClaim } from "@/components/curation/selection-to-claim";
import { getActor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { cohenKappa, independentPair } from "@/lib/review/agreement";
import { applyBlindReview } from "@/lib/review/blind-review";
import { findAlreadyChecked } from "@/lib/review/already-checked";
import { getClaimTimeline } from "@/lib/review/claim-timeline";
import {
  addClaimAction, addSourceAction, approveVerdictAction, dismissClaimAction, editClaimAction, mergeClaimAction, reextractAction, restoreClaimAction,
  saveVerdictAction, setBlindReviewAction, setCheckworthyAction, splitClaimAction,
} from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const article = await getArticleWorkspace(id);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const parsed = articlePageParams.safeParse({ ...(await params), ...(await searchParams) });
  if (!parsed.success) notFound();
  const workspace = await getArticleWorkspace(parsed.data.id);
  if (!workspace) notFound();
  const actor = (await getActor())!; // the desk layout already required a session
  const claims = applyBlindReview(workspace.claims, workspace.blindReview, { id: actor.id, canApprove: roleCan(actor.role, "verdict:approve") });
  const article = { ...workspace, claims };
  const agreement = cohenKappa(workspace.claims.map((c) => independentPair(c.reviews)).filter((p) => p !== null));

  // The desk UI is English for now (i18n lands with the reviewer workspace); reports use the article's language.
  const locale = "en";
  const activeClaim = article.claims.find((c) => c.id === parsed.data.claim) ?? null;
  const [timeline, alreadyChecked] = activeClaim
    ? await Promise.all([getClaimTimeline(activeClaim.id), findAlreadyChecked({ ...activeClaim, articleId: article.id }, article.language === "en" ? "en" : "pt")])
    : [[], []];
  const base = `/articles/${article.id}`;
  const claimHref = (claimId: string) => `${base}?claim=${claimId}`;
  const reviewed = article.claims.filter((c) => c.verdict).length;

  return (
    <>
      <h1>{article.title}</h1>
      <p className="muted">
        {[article.publisher, article.language === "pt" ? "Portuguese" : "English", `${article.claims.length} claims`]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <div className="actions-row">
        <ProgressMeter done={reviewed} total={article.claims.length} label="Review progress" />
        <Link className="button secondary" href={`${base}/report`}>
          Fact-check report
        </Link>
        <ReextractButton articleId={article.id} action={reextractAction} />
      </div>
      <BlindReviewBar
        articleId={article.id}
        enabled={article.blindReview}
        canChange={roleCan(actor.role, "claim:assign")}
        agreement={agreement}
        action={setBlindReviewAction}
      />
      <div className="workspace">
        <section aria-labelledby="article-text-title">
          <h2 id="article-text-title">Article text</h2>
          <SelectionToClaim articleId={article.id} action={addClaimAction}>
            <ArticleText body={article.body} claims={article.claims} activeClaimId={activeClaim?.id ?? null} claimHref={claimHref} />
          </SelectionToClaim>
        </section>
        <aside className="sidebar" aria-label="Claims">
          {activeClaim ? (
            <ClaimPanel
              claim={activeClaim}
              ratings={article.scale.ratings}
              locale={locale}
              closeHref={base}
              addSourceAction={addSourceAction}
              saveVerdictAction={saveVerdictAction}
              approveVerdictAction={approveVerdictAction}
              actor={actor}
              timeline={timeline}
              alreadyChecked={alreadyChecked}
              curation={{
                edit: editClaimAction,
                split: splitClaimAction,
                merge: mergeClaimAction,
                dismiss: dismissClaimAction,
                restore: restoreClaimAction,
                setCheckworthy: setCheckworthyAction,
              }}
            />
          ) : null}
          <section aria-labelledby="claims-title">
            <h2 id="claims-title">Claims ({article.claims.length})</h2>
            <ClaimList claims={article.claims} activeClaimId={activeClaim?.id ?? null} claimHref={claimHref} locale={locale} />
          </section>
        </aside>
      </div>
    </>
  );
}
