import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { reportJsonSchema } from "@/lib/reports/json-schema";
import { renderJson } from "@/lib/reports/render-json";
import { sampleReport } from "@/lib/reports/test-fixture";
import { entityId, requiredText } from "@/lib/schemas/fields";
import { addSourceSchema } from "@/lib/schemas/source";

/** Property tests: the input schemas refuse what they must, and exports keep any text intact. */
const base = { claimId: "cm1abcdefghij", title: "T", stance: "supports" };

test("a source URL is accepted only with http or https", () => {
  fc.assert(
    fc.property(fc.webUrl({ validSchemes: ["http", "https"] }), (url) => {
      fc.pre(url.length <= 2048);
      assert.equal(addSourceSchema.safeParse({ ...base, url }).success, true, url);
    }),
  );
  fc.assert(
    fc.property(fc.constantFrom("javascript", "data", "vbscript", "file", "ftp", "blob", "JaVaScRiPt"), fc.string(), (scheme, rest) => {
      assert.equal(addSourceSchema.safeParse({ ...base, url: `${scheme}:${rest}` }).success, false);
    }),
  );
});

test("ids accept only plain letters and digits", () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 60 }), (s) => {
      const ok = entityId("Claim").safeParse(s).success;
      assert.equal(ok, /^[a-z0-9]{10,40}$/i.test(s.trim()));
    }),
  );
});

test("text with a lone surrogate or a null byte is refused; other non-blank text is kept exactly (trimmed)", () => {
  const schema = requiredText(10_000, "Text");
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }), (s) => {
      const parsed = schema.safeParse(s);
      if (s.trim() === "" || s.includes("\u0000")) assert.equal(parsed.success, false);
      else assert.deepEqual(parsed, { success: true, data: s.trim() });
    }),
  );
  fc.assert(
    fc.property(fc.string(), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string(), (a, code, b) => {
      assert.equal(schema.safeParse(`x${a}${String.fromCharCode(code)}${b}`).success, false);
    }),
  );
});

test("the JSON report gives back any claim, speaker, rationale and source text exactly", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (text, speaker, rationale, title) => {
      const model = sampleReport();
      const claim = model.claims[0]!;
      claim.text = text;
      claim.speaker = speaker;
      claim.verdict!.rationale = rationale;
      claim.sources[0]!.title = title;
      const back = reportJsonSchema.parse(JSON.parse(renderJson(model)));
      assert.equal(back.claims[0]!.text, text);
      assert.equal(back.claims[0]!.speaker, speaker);
      assert.equal(back.claims[0]!.verdict!.rationale, rationale);
      assert.equal(back.claims[0]!.sources[0]!.title, title);
    }),
    { numRuns: 200 },
  );
});
