/**
 * Every format a report can be exported in, with what the HTTP response and
 * the file on disk need. The zod enum in lib/schemas/route-params.ts, the
 * download menu and the CLI all read this list.
 */
export const reportFormats = ["html", "pdf", "md", "json", "csv", "claimreview"] as const;
export type ReportFormat = (typeof reportFormats)[number];

export interface ReportFormatInfo {
  /** what the download menu calls it */
  label: string;
  contentType: string;
  extension: string;
}

export const reportFormatInfo: Record<ReportFormat, ReportFormatInfo> = {
  html: { label: "HTML", contentType: "text/html; charset=utf-8", extension: "html" },
  pdf: { label: "PDF", contentType: "application/pdf", extension: "pdf" },
  md: { label: "Markdown", contentType: "text/markdown; charset=utf-8", extension: "md" },
  json: { label: "JSON", contentType: "application/json; charset=utf-8", extension: "json" },
  csv: { label: "CSV", contentType: "text/csv; charset=utf-8", extension: "csv" },
  claimreview: { label: "ClaimReview JSON-LD", contentType: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld" },
};
