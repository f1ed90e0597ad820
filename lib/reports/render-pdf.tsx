import { ReportDocument } from "./pdf/report-document";
import { loadReactPdf } from "./pdf/react-pdf";
import type { ReportModel } from "./report-model";

/** The report as a PDF file, rendered in-process with @react-pdf/renderer (no browser). */
export async function renderPdf(model: ReportModel): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await loadReactPdf();
  return new Uint8Array(await pdf.renderToBuffer(<ReportDocument pdf={pdf} model={model} />));
}
