import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { csvColumns, neutraliseCell, renderCsv } from "./render-csv";
import { HOSTILE, hostileReport, sampleReport } from "./test-fixture";

const parseCsv = (csv: string) => parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];

test("CSV has a BOM, one row per claim, and parses back with the same text", () => {
  const model = sampleReport();
  const csv = renderCsv(model);
  assert.equal(csv.charCodeAt(0), 0xfeff, "UTF-8 byte-order mark first");
  const rows = parseCsv(csv);
  assert.equal(rows.length, 1);
  assert.deepEqual(Object.keys(rows[0]!), [...csvColumns]);
  const row = rows[0]!;
  assert.equal(row.claim, model.claims[0]!.text);
  assert.equal(row.verdict, "Verdadeiro");
  assert.equal(row.rating_value, "5");
  assert.equal(row.source_count, "1");
  assert.match(row.sources!, /NYT report \(The New York Times\) \[confirma\] https:\/\/example\.org\/nyt archive: https:\/\/web\.archive\.org/);
  assert.equal(row.public_url, "https://checagem.example.org/r/art1/c1");
  assert.ok(Buffer.from(csv, "utf8").subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
});

test("cells that would start a formula are neutralised; hostile text survives as text", () => {
  const rows = parseCsv(renderCsv(hostileReport()));
  const row = rows[0]!;
  assert.ok(row.claim!.startsWith("'=HYPERLINK("), row.claim);
  assert.ok(row.speaker!.startsWith("'@SUM"));
  assert.ok(row.sources!.startsWith("'-2+3 </script> título"));
  assert.match(row.claim!, /ação é/);
  assert.match(row.claim!, /😀/);
  assert.doesNotMatch(row.claim!, /[\u202A-\u202E]/, "bidi overrides are dropped");
  assert.match(row.claim!, /مرحبا/);
  for (const [column, value] of Object.entries(row)) {
    assert.doesNotMatch(value, /^[=+\-@\t\r]/, `${column} starts a formula: ${value}`);
  }
  assert.ok(HOSTILE.claim.startsWith("="));
});

test("neutraliseCell: every formula start, also behind invisible characters; plain text untouched", () => {
  for (const bad of ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "\u202E=1+1", " =1", "\u200B@x", "＝1+1"]) {
    assert.ok(neutraliseCell(bad).startsWith("'"), JSON.stringify(bad));
  }
  for (const ok of ["Kim", "ação", "1+1=2", "", "https://example.org/a=b"]) assert.equal(neutraliseCell(ok), ok);
});

test("an empty report is a header line only", () => {
  const rows = parseCsv(renderCsv(sampleReport({ claims: [] })));
  assert.equal(rows.length, 0);
});
