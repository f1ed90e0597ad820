import { REPORT_JSON_SCHEMA_VERSION, reportJsonSchema, type ReportJson } from "./json-schema";
import type { ReportModel } from "./report-model";

/** The model in the documented JSON shape, validated before it is returned. */
export function toReportJson(model: ReportModel): ReportJson {
  return reportJsonSchema.parse({
    schemaVersion: REPORT_JSON_SCHEMA_VERSION,
    generatedAt: model.generatedAt,
    audience: model.audience,
    article: model.article,
    organisation: model.organisation,
    ratingScale: model.scale,
    claims: model.claims.map((c) => ({
      id: c.id,
      text: c.text,
      speaker: c.speaker,
      span: { start: c.start, end: c.end },
      status: c.status,
      publicUrl: c.publicUrl,
      verdict: c.verdict && {
        rating: c.verdict.ratingKey,
        label: c.verdict.label,
        ratingValue: c.verdict.ratingValue,
        rationale: c.verdict.rationale,
        author: c.verdict.author,
        createdAt: c.verdict.createdAt,
        approvedBy: c.verdict.approvedBy,
        approvedAt: c.verdict.approvedAt,
      },
      sources: c.sources,
    })),
  });
}

export function renderJson(model: ReportModel): string {
  return JSON.stringify(toReportJson(model), null, 2) + "\n";
}
