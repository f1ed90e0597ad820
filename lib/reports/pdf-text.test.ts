import { test } from "node:test";
import assert from "node:assert/strict";
import { pdfSafeText } from "./pdf-text";

test("Portuguese and typographic characters stay; emoji, bidi controls and other scripts are replaced", () => {
  assert.equal(pdfSafeText("ação, é, ç, ü, “aspas” — €"), "ação, é, ç, ü, “aspas” — €");
  assert.equal(pdfSafeText("a\u202Eb\u202Cc\u200Fd"), "abcd");
  assert.equal(pdfSafeText("ok 😀👨‍👩‍👧 fim"), "ok ? fim");
  assert.equal(pdfSafeText("مرحبا"), "?");
  assert.equal(pdfSafeText("ǅ ő"), "Dz o");
  assert.equal(pdfSafeText("a\r\nb"), "a\nb");
});
