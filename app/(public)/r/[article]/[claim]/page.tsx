import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DownloadMenu } from "@/components/report/download-menu";
import { ClaimReviewScript } from "@/components/report/claimreview-script";
import { ReportStyles } from "@/components/report/report-styles";
import { ReportView } from "@/components/report/report-view";
import { getPublishedReport } from "@/lib/reports/public-report";
import { articlePublicPath } from "@/lib/reports/publisher-config";
import { reportWords } from "@/lib/reports/report-text";
import { publicReportParams } from "@/lib/schemas/route-params";

type Props = { params: Promise<{ article: string; claim: string }> };

export const dynamic = "force-dynamic";

async function load(params: Props["params"]) {
  const parsed = publicReportParams.required({ claim: true }).safeParse(await params);
  return parsed.success ? getPublishedReport(parsed.data.article, parsed.data.claim) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = await load(params);
  const claim = model?.claims[0];
  if (!model || !claim) return { title: "Not found" };
  return {
    title: `${claim.verdict?.label ?? ""}: ${claim.text.slice(0, 80)}`,
    alternates: { canonical: claim.publicUrl },
  };
}

/** /r/[article]/[claim] — one published fact-check, with its ClaimReview JSON-LD. */
export default async function PublicClaimPage({ params }: Props) {
  const model = await load(params);
  const claim = model?.claims[0];
  if (!model || !claim) notFound();
  const w = reportWords(model.locale);
  return (
    <>
      <ReportStyles />
      <ClaimReviewScript model={model} claim={claim} />
      <ReportView model={model} />
      <p className="report-screen-only">
        <Link href={articlePublicPath(model.article.id)}>{w.fullReport}</Link>
      </p>
      <DownloadMenu endpoint={`/r/${model.article.id}/download`} claimIds={[claim.id]} label={w.downloads} />
    </>
  );
}
