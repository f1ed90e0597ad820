import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimReviewWarnings } from "@/components/report/claimreview-warnings";
import { DownloadMenu } from "@/components/report/download-menu";
import { ReportStyles } from "@/components/report/report-styles";
import { ReportView } from "@/components/report/report-view";
import { db } from "@/lib/db/client";
import { buildReport } from "@/lib/reports/build-report";
import { articlePageParams, reportPageSelection } from "@/lib/schemas/route-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Fact-check report" };

/** /articles/[id]/report[?claim=id | ?claims=id1,id2] — the desk copy of the report, with every download. */
export default async function ReportPage({ params, searchParams }: Props) {
  const parsed = articlePageParams.pick({ id: true }).safeParse(await params);
  if (!parsed.success) notFound();
  const claimIds = reportPageSelection.parse(await searchParams);
  const model = await buildReport(db, { articleId: parsed.data.id, claimIds, audience: "desk" });
  if (!model) notFound();
  const base = `/articles/${model.article.id}`;
  return (
    <>
      <ReportStyles />
      <div className="actions-row">
        <Link href={base}>Back to the article</Link>
        {claimIds ? <Link href={`${base}/report`}>Whole report</Link> : null}
      </div>
      <DownloadMenu endpoint={`/api/articles/${model.article.id}/report`} claimIds={claimIds} variant="list" label="Downloads" />
      <ClaimReviewWarnings model={model} />
      <ReportView model={model} claimHref={(c) => `${base}/report?claim=${c.id}`} />
    </>
  );
}
