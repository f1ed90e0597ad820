import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { serializeJsonLd } from "./safe-json-ld";
import { HOSTILE } from "./test-fixture";

test("script-breaking sequences are escaped and the JSON parses to the same value", () => {
  const value = { claimReviewed: HOSTILE.claim, note: "a</script><!--b-->&amp;\u2028\u2029</SCRIPT >" };
  const out = serializeJsonLd(value);
  assert.doesNotMatch(out, /<|>|&|\u2028|\u2029/);
  assert.match(out, /\\u003c\/script\\u003e/);
  assert.deepEqual(JSON.parse(out), value);
});

test("any string survives the round trip and never contains '<'", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (s) => {
      const out = serializeJsonLd({ s });
      assert.ok(!out.includes("<") && !out.includes(">"));
      assert.deepEqual(JSON.parse(out), { s });
    }),
  );
});
