import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeMarkdown, renderMarkdown } from "./render-markdown";
import { sampleReport } from "./test-fixture";

test("markdown report shows claim, speaker, verdict, rationale and sources", () => {
  const md = renderMarkdown(sampleReport());
  assert.match(md, /^# Relatório de checagem: Putin e Kim/);
  assert.match(md, /Kim está procurando suprimentos alimentares/);
  assert.match(md, /Dita por: o relatório/);
  assert.match(md, /Classificação: \*\*Verdadeiro\*\*/);
  assert.match(md, /> Confirmado por \*\*duas\*\* fontes\./);
  assert.match(md, /\[NYT report\]\(<https:\/\/example\.org\/nyt>\) — The New York Times, confirma/);
  assert.match(md, /7 de setembro de 2023/);
});

test("claim text cannot become a Markdown link or HTML", () => {
  const md = renderMarkdown(sampleReport());
  assert.doesNotMatch(md, /\[x\]\(javascript/);
  assert.doesNotMatch(md, /<\/script>/);
  assert.equal(escapeMarkdown("# a [b](c) <d>"), "\\# a \\[b\\]\\(c\\) \\<d\\>");
});

test("an empty report says so", () => {
  const md = renderMarkdown(sampleReport({ claims: [], locale: "en" }));
  assert.match(md, /No claim in this report has a verdict yet/);
});

test("the rationale stays Markdown but loses raw HTML and non-web links", async () => {
  const { safeRationale } = await import("./render-markdown");
  const { HOSTILE, hostileReport } = await import("./test-fixture");
  assert.equal(safeRationale("**ok** [web](https://x.org) [mail](mailto:a@b.org) [rel](/r/a)"), "**ok** [web](https://x.org) [mail](mailto:a@b.org) [rel](/r/a)");
  assert.equal(safeRationale("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>");
  assert.equal(safeRationale("[x](javascript:alert(1)) [y]( JAVASCRIPT:x)"), "[x]\\(javascript:alert(1)) [y]\\( JAVASCRIPT:x)");
  assert.equal(safeRationale("[ref]: javascript:alert(1)"), "[ref]\\: javascript:alert(1)");
  const md = renderMarkdown(hostileReport());
  assert.doesNotMatch(md, /(?<!\\)<(script|\/script|!--|img)|\]\(javascript:/i);
  assert.doesNotMatch(md, /[\u202A-\u202E]/);
  assert.ok(HOSTILE.claim.includes("</script>"));
});
