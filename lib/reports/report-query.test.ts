import { test } from "node:test";
import assert from "node:assert/strict";
import { reportQuerySchema } from "@/lib/schemas/route-params";

test("report query: every format, a claim or a selection, audience", () => {
  for (const format of ["html", "pdf", "md", "json", "csv", "claimreview"]) {
    assert.equal(reportQuerySchema.parse({ format }).format, format);
  }
  assert.deepEqual(reportQuerySchema.parse({ format: "csv" }), { format: "csv", audience: "desk", claimIds: undefined });
  assert.deepEqual(reportQuerySchema.parse({ format: "csv", claim: "abcdefghij1" }).claimIds, ["abcdefghij1"]);
  assert.deepEqual(reportQuerySchema.parse({ format: "csv", claims: "abcdefghij1, abcdefghij2,abcdefghij1" }).claimIds, ["abcdefghij1", "abcdefghij2"]);
  assert.equal(reportQuerySchema.parse({ format: "md", audience: "public" }).audience, "public");
});

test("report query errors are readable", () => {
  const message = (q: Record<string, string>) => reportQuerySchema.safeParse(q).error?.issues[0]?.message;
  assert.equal(message({ format: "exe" }), "format must be one of: html, pdf, md, json, csv, claimreview");
  assert.equal(message({ format: "md", claim: "../etc" }), "Claim is not a valid id");
  assert.equal(message({ format: "md", claims: "abcdefghij1,<x>" }), "Claim is not a valid id");
  assert.equal(message({ format: "md", claims: "," }), "claims must list at least one claim id");
  assert.equal(message({ format: "md", claim: "abcdefghij1", claims: "abcdefghij2" }), "Give either claim or claims, not both");
  assert.equal(message({ format: "md", audience: "all" }), "audience must be desk or public");
});
