import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/report/report-view";
import { db } from "@/lib/db/client";
import { buildReport } from "@/lib/reports/build-report";
import { articlePageParams } from "@/lib/schemas/route-params";

type Props = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Fact-check report" };

export default async function ReportPage({ params }: Props) {
  const parsed = articlePageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const model = await buildReport(db, { articleId: parsed.data.id, audience: "desk" });
  if (!model) notFound();
  const api = `/api/articles/${model.article.id}/report`;
  return (
    <>
      <div className="actions-row">
        <Link href={`/articles/${model.article.id}`}>Back to the article</Link>
        <a className="button secondary" href={`${api}?format=md`} download>
          Download Markdown
        </a>
        <a className="button secondary" href={`${api}?format=json`} download>
          Download JSON
        </a>
      </div>
      <ReportView model={model} />
    </>
  );
}
