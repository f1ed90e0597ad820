import { stringify } from "csv-stringify/sync";
import { stripBidiControls } from "./bidi";
import type { ReportModel, ReportSource } from "./report-model";
import { reportWords } from "./report-text";

/** The columns, in order; documented in docs/report-formats.md. */
export const csvColumns = [
  "article_id",
  "article_title",
  "article_url",
  "claim_id",
  "claim",
  "speaker",
  "verdict",
  "rating_value",
  "best_rating",
  "worst_rating",
  "rationale",
  "verdict_date",
  "approved_at",
  "public_url",
  "source_count",
  "sources",
  "source_urls",
  "archive_urls",
] as const;

// Bidirectional controls and zero-width characters that a spreadsheet does
// not show: "\u202E=1+1" must be caught like "=1+1".
const invisibleLead = /^[\s\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]+/;
// = + - @ start a formula in Excel, LibreOffice and Google Sheets; tab and
// carriage return are how some of them are smuggled in. The full-width forms
// are folded to ASCII by some spreadsheets, so they count too.
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV injection"): a cell
 * that would start a formula is prefixed with an apostrophe, which every
 * spreadsheet shows as text. Bidi overrides are dropped (see bidi.ts). Only
 * text cells are touched; numbers stay numbers.
 */
export function neutraliseCell(raw: string): string {
  const value = stripBidiControls(raw);
  if (formulaStart.test(value) || formulaStart.test(value.replace(invisibleLead, ""))) return `'${value}`;
  return value;
}

const sourceLine = (s: ReportSource, stance: string) =>
  [
    s.title,
    s.publisher ? `(${s.publisher})` : "",
    `[${stance}]`,
    s.url,
    s.archiveUrl ? `archive: ${s.archiveUrl}` : "",
    s.excerpt ? `“${s.excerpt.replace(/\s+/g, " ").trim()}”` : "",
  ]
    .filter(Boolean)
    .join(" ");

/**
 * One row per claim, its sources joined into one cell (one source per line).
 * UTF-8 with a byte-order mark so Excel reads Portuguese accents correctly.
 */
export function renderCsv(model: ReportModel): string {
  const w = reportWords(model.locale);
  const rows = model.claims.map((c) => {
    const v = c.verdict;
    const row: (string | number)[] = [
      model.article.id,
      model.article.title,
      model.article.url ?? "",
      c.id,
      c.text,
      c.speaker ?? "",
      v?.label ?? "",
      v?.ratingValue ?? "",
      v && v.ratingValue !== null ? model.scale.bestRating : "",
      v && v.ratingValue !== null ? model.scale.worstRating : "",
      v?.rationale ?? "",
      v?.createdAt ?? "",
      v?.approvedAt ?? "",
      c.publicUrl,
      c.sources.length,
      c.sources.map((s) => sourceLine(s, w.stance[s.stance])).join("\n"),
      c.sources.map((s) => s.url).join("\n"),
      c.sources.map((s) => s.archiveUrl ?? "").filter(Boolean).join("\n"),
    ];
    return row.map((cell) => (typeof cell === "string" ? neutraliseCell(cell) : cell));
  });
  return stringify(rows, { header: true, columns: [...csvColumns], bom: true, record_delimiter: "windows", quoted_string: false });
}
