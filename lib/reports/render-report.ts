import { renderJson } from "./render-json";
import { renderMarkdown } from "./render-markdown";
import type { ReportModel } from "./report-model";

export type ReportFormat = "md" | "json";

interface Rendered {
  body: string;
  contentType: string;
  extension: string;
}

const renderers: Record<ReportFormat, (m: ReportModel) => Rendered> = {
  md: (m) => ({ body: renderMarkdown(m), contentType: "text/markdown; charset=utf-8", extension: "md" }),
  json: (m) => ({ body: renderJson(m), contentType: "application/json; charset=utf-8", extension: "json" }),
};

/** One entry point for every format, used by the API route and the CLI. */
export function renderReport(model: ReportModel, format: ReportFormat): Rendered {
  return renderers[format](model);
}

/** A file name safe on every OS: the article title as ASCII slug plus the format. */
export function reportFileName(model: ReportModel, extension: string): string {
  const slug = model.article.title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `fact-check-${slug || model.article.id}.${extension}`;
}
