import { ReportStyles } from "./report-styles";
import { reportFormatInfo, reportFormats, type ReportFormat } from "@/lib/reports/formats";

interface Props {
  /** the export endpoint, e.g. /api/articles/<id>/report */
  endpoint: string;
  /** a selection of claims (all rated claims when absent) */
  claimIds?: string[];
  /**
   * "menu": a <details> disclosure (compact, for the article page);
   * "list": the links always visible (the report page).
   */
  variant?: "menu" | "list";
  label?: string;
}

export function reportDownloadHref(endpoint: string, format: ReportFormat, claimIds?: string[]): string {
  const params = new URLSearchParams({ format });
  if (claimIds?.length === 1) params.set("claim", claimIds[0]!);
  else if (claimIds?.length) params.set("claims", claimIds.join(","));
  return `${endpoint}?${params}`;
}

/**
 * Every export format as a real link with `download`: works without
 * JavaScript, from the keyboard (summary and links are focusable), and with
 * "save link as".
 */
export function DownloadMenu({ endpoint, claimIds, variant = "menu", label = "Download report" }: Props) {
  const links = reportFormats.map((format) => (
    <li key={format}>
      <a className="button secondary" href={reportDownloadHref(endpoint, format, claimIds)} download>
        Download {reportFormatInfo[format].label}
      </a>
    </li>
  ));
  if (variant === "list") {
    return (
      <>
        <ReportStyles />
        <ul className="download-list" aria-label={label}>
          {links}
        </ul>
      </>
    );
  }
  return (
    <details className="download-menu">
      <ReportStyles />
      <summary className="button secondary">{label}</summary>
      <ul aria-label={label}>{links}</ul>
    </details>
  );
}
