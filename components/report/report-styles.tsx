/**
 * The report's own stylesheet, shared by the pages (hoisted into <head> by
 * React) and the standalone HTML export (inlined), so both print alike.
 */
export const reportCss = `
.report { max-width: 50rem; line-height: 1.55; }
.report h1 { margin-bottom: 0.5rem; }
.report-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 1rem; }
.report-meta dt { font-weight: 600; }
.report-meta dd { margin: 0; overflow-wrap: anywhere; }
.report-note { border-left: 4px solid #ca8a04; background: #fefce8; padding: 0.5rem 0.75rem; }
.report-claim { border-top: 1px solid #cbd2d9; padding-top: 1rem; margin-top: 1.25rem; }
.report-claim h2 { font-size: 1.2rem; unicode-bidi: plaintext; }
.report-claim dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0; }
.report-claim dt { font-weight: 600; }
.report-claim dd { margin: 0; }
.report-verdict { font-weight: 700; }
.report-sources { padding-left: 1.25rem; }
.report-sources li { margin-bottom: 0.75rem; }
.report-source-url { display: block; font-size: 0.85em; color: #52606d; overflow-wrap: anywhere; }
.report-sources blockquote, .report-rationale blockquote { margin: 0.35rem 0 0; padding-left: 0.75rem; border-left: 3px solid #cbd2d9; }
.report-appendix { border-top: 2px solid #1f2933; margin-top: 2rem; padding-top: 0.5rem; }
.download-menu summary { cursor: pointer; }
.download-menu ul, .download-list { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 0.5rem 0 0; }
.download-list { margin: 0; }
@media print {
  @page { margin: 18mm 16mm; }
  .download-menu, .download-list, .report-screen-only { display: none !important; }
  .report { max-width: none; font-size: 11pt; color: #000; }
  .report a { color: #000; text-decoration: none; }
  .report-claim { break-inside: auto; }
  .report-claim h2, .report-claim dl { break-after: avoid; break-inside: avoid; }
  .report-sources li { break-inside: avoid; }
  .report-source-url { color: #000; }
  .report-appendix { break-before: auto; }
}
`;

/** The stylesheet for a report shown inside the app. */
export function ReportStyles() {
  return (
    <style href="claimdesk-report" precedence="default">
      {reportCss}
    </style>
  );
}
