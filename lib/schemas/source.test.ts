import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { addSourceSchema } from "./source";

const valid = { claimId: "cm1abcdefghij", url: "https://example.org/a", title: "A report", stance: "refutes" };
const errorsOf = (input: unknown) => {
  const r = addSourceSchema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

test("a complete source is accepted and empty optional fields become undefined", () => {
  const parsed = addSourceSchema.parse({ ...valid, publisher: "  ", archiveUrl: "", excerpt: "" });
  assert.equal(parsed.publisher, undefined);
  assert.equal(parsed.archiveUrl, undefined);
  assert.equal(parsed.excerpt, undefined);
});

test("javascript:, data: and relative URLs are refused with a message in words", () => {
  for (const url of ["javascript:alert(1)", "data:text/html,<script>", "JAVASCRIPT:alert(1)", "ftp://x.org/a"]) {
    assert.deepEqual(errorsOf({ ...valid, url }).url, ["Source URL must start with http:// or https://"], url);
  }
  assert.match(errorsOf({ ...valid, url: "/relative" }).url?.[0] ?? "", /full web address/);
  assert.deepEqual(errorsOf({ ...valid, archiveUrl: "javascript:x" }).archiveUrl, ["Archive URL must start with http:// or https://"]);
});

test("missing title, unknown stance and a malformed claim id are reported per field", () => {
  const errors = errorsOf({ ...valid, title: " ", stance: "maybe", claimId: "'; drop table" });
  assert.deepEqual(errors.title, ["Title is required"]);
  assert.deepEqual(errors.stance, ["Stance must be supports, refutes or context"]);
  assert.deepEqual(errors.claimId, ["Claim is not a valid id"]);
});

test("null bytes and broken characters are refused before they reach the database", () => {
  assert.deepEqual(errorsOf({ ...valid, title: "a\u0000b" }).title, ["Title contains characters that cannot be stored (a null byte or a broken character)"]);
  assert.deepEqual(errorsOf({ ...valid, excerpt: "lone \uD800" }).excerpt, ["Excerpt contains characters that cannot be stored (a null byte or a broken character)"]);
  assert.equal(addSourceSchema.safeParse({ ...valid, title: "emoji 🧪 and \u202E RTL" }).success, true);
});
