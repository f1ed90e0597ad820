import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DownloadMenu } from "@/components/report/download-menu";
import { ReportStyles } from "@/components/report/report-styles";
import { ReportView } from "@/components/report/report-view";
import { getPublishedReport } from "@/lib/reports/public-report";
import { claimPublicPath } from "@/lib/reports/publisher-config";
import { reportWords } from "@/lib/reports/report-text";
import { publicReportParams } from "@/lib/schemas/route-params";

type Props = { params: Promise<{ article: string }> };

export const dynamic = "force-dynamic";

async function load(params: Props["params"]) {
  const parsed = publicReportParams.safeParse(await params);
  return parsed.success ? getPublishedReport(parsed.data.article) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = await load(params);
  if (!model) return { title: "Not found" };
  return { title: `${reportWords(model.locale).report}: ${model.article.title}`, alternates: { canonical: model.article.publicUrl } };
}

/** /r/[article] — the published fact-check report, no sign-in: published, approved verdicts only. */
export default async function PublicReportPage({ params }: Props) {
  const model = await load(params);
  if (!model) notFound();
  return (
    <>
      <ReportStyles />
      <ReportView model={model} claimHref={(c) => claimPublicPath(model.article.id, c.id)} />
      <DownloadMenu endpoint={`/r/${model.article.id}/download`} label={reportWords(model.locale).downloads} />
    </>
  );
}
