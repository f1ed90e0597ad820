import { reportFormatInfo, type ReportFormat } from "./formats";
import { renderClaimReview } from "./render-claimreview";
import { renderCsv } from "./render-csv";
import { renderJson } from "./render-json";
import { renderMarkdown } from "./render-markdown";
import type { ReportModel } from "./report-model";

export type { ReportFormat } from "./formats";

export interface RenderedReport {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  extension: string;
  /** advice that does not stop the export (ClaimReview: claimReviewed longer than 75 characters) */
  warnings: string[];
}

/**
 * One entry point for every format, used by the API routes and the CLI.
 * HTML and PDF load React renderers, so they are imported only when asked for.
 */
export async function renderReport(model: ReportModel, format: ReportFormat): Promise<RenderedReport> {
  const { contentType, extension } = reportFormatInfo[format];
  const done = (body: string | Uint8Array<ArrayBuffer>, warnings: string[] = []): RenderedReport => ({ body, contentType, extension, warnings });
  switch (format) {
    case "md":
      return done(renderMarkdown(model));
    case "json":
      return done(renderJson(model));
    case "csv":
      return done(renderCsv(model));
    case "claimreview": {
      const { body, warnings } = renderClaimReview(model);
      return done(body, warnings);
    }
    case "html":
      return done(await (await import("./render-html")).renderHtml(model));
    case "pdf":
      return done(await (await import("./render-pdf")).renderPdf(model));
  }
}

/**
 * A file name safe on every OS: the article title as ASCII slug, then the
 * selection (one claim, or a selection of claims), then the format.
 */
export function reportFileName(model: ReportModel, extension: string, claimIds?: string[]): string {
  const slug = model.article.title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  const scope = claimIds?.length === 1 ? `-claim-${claimIds[0]!.replace(/[^a-z0-9]/gi, "")}` : claimIds?.length ? "-selection" : "";
  return `fact-check-${slug || model.article.id}${scope}.${extension}`;
}
