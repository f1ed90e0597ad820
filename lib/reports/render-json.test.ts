import { test } from "node:test";
import assert from "node:assert/strict";
import { reportJsonSchema } from "./json-schema";
import { renderJson } from "./render-json";
import { sampleReport } from "./test-fixture";

test("JSON report parses back against its schema with the same text", () => {
  const model = sampleReport();
  const parsed = reportJsonSchema.parse(JSON.parse(renderJson(model)));
  assert.equal(parsed.schemaVersion, "claimdesk.report/1");
  assert.equal(parsed.claims[0]?.text, model.claims[0]?.text);
  assert.equal(parsed.claims[0]?.verdict?.label, "Verdadeiro");
  assert.equal(parsed.claims[0]?.sources[0]?.url, "https://example.org/nyt");
});

test("a source with a javascript: URL is refused by the schema", () => {
  const model = sampleReport();
  model.claims[0]!.sources[0]!.url = "javascript:alert(1)";
  assert.throws(() => renderJson(model));
});

test("hostile text round-trips exactly through JSON; the organisation and public URLs are included", async () => {
  const { hostileReport } = await import("./test-fixture");
  const model = hostileReport();
  const parsed = reportJsonSchema.parse(JSON.parse(renderJson(model)));
  assert.equal(parsed.claims[0]?.text, model.claims[0]?.text);
  assert.equal(parsed.claims[0]?.speaker, model.claims[0]?.speaker);
  assert.equal(parsed.claims[0]?.verdict?.rationale, model.claims[0]?.verdict?.rationale);
  assert.equal(parsed.claims[0]?.publicUrl, "https://checagem.example.org/r/art1/c1");
  assert.deepEqual(parsed.organisation, { name: "Checagem Exemplo", url: "https://checagem.example.org" });
});
