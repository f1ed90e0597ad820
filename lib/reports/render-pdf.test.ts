import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText, getDocumentProxy } from "unpdf";
import { renderPdf } from "./render-pdf";
import { hostileReport, sampleReport } from "./test-fixture";

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

test("the PDF's text can be extracted: article, claim, speaker, verdict, rationale, sources, methodology", async () => {
  const bytes = await renderPdf(sampleReport());
  assert.equal(Buffer.from(bytes.subarray(0, 5)).toString("latin1"), "%PDF-");
  const text = await pdfText(bytes);
  for (const expected of [
    "Relatório de checagem: Putin e Kim",
    "Kim está procurando suprimentos alimentares",
    "o relatório",
    "Verdadeiro",
    "Confirmado por duas fontes.",
    "NYT report",
    "https://example.org/nyt",
    "https://web.archive.org/web/2023/https://example.org/nyt",
    "Kim seeks food",
    "confirma",
    "Metodologia",
    "Correções",
    "7 de setembro de 2023",
  ]) {
    assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
  }
});

test("hostile text (emoji, right-to-left marks, markup) does not crash the PDF and stays literal", async () => {
  const text = await pdfText(await renderPdf(hostileReport()));
  assert.match(text, /=HYPERLINK\("http:\/\/evil\.example\/x","ver"\)/);
  assert.match(text, /<\/script><script>alert\(1\)<\/script>/);
  assert.match(text, /ação é/);
  assert.match(text, /Falso\. /);
  assert.doesNotMatch(text, /javascript:/);
});

test("a long report paginates, with the page footer on every sheet", async () => {
  const { syntheticReport } = await import("./test-fixture");
  const bytes = await renderPdf(syntheticReport(40));
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  assert.ok(doc.numPages > 5, `${doc.numPages} pages`);
  const { text } = await extractText(doc, { mergePages: false });
  assert.match(text[1]!, /Checagem Exemplo · 2 \/ \d+/);
});

// react-pdf's page layout engine once put a whole report taller than ~30,000 pt
// on one clipped page (a wrapper View looked as if its children overlapped):
// a report of 300 claims must paginate and keep its last claim.
test("a very long report still paginates to the last claim", async () => {
  const { syntheticReport } = await import("./test-fixture");
  const report = syntheticReport(300);
  const bytes = await renderPdf(report);
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  assert.ok(doc.numPages > 200, `${doc.numPages} pages`);
  const { text } = await extractText(doc, { mergePages: true });
  const last = report.claims.at(-1)!;
  assert.ok(text.includes(last.text.slice(0, 40)), "the last claim is in the PDF");
});
