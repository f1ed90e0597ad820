import { test } from "node:test";
import assert from "node:assert/strict";
import { contrastRatio, readableTextColor } from "./colors";
import { scalePresets } from "./presets";

test("every preset rating's badge text reaches WCAG AA contrast (4.5:1)", () => {
  for (const preset of scalePresets) {
    for (const r of preset.ratings) {
      assert.ok(contrastRatio(r.color, readableTextColor(r.color)) >= 4.5, `${preset.key}/${r.key} ${r.color}`);
    }
  }
  assert.equal(readableTextColor("#ffff00"), "#000000");
  assert.equal(readableTextColor("#1d4ed8"), "#ffffff");
});
