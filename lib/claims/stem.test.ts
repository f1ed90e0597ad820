import { test } from "node:test";
import assert from "node:assert/strict";
import { stem } from "./stem";

test("inflections share a stem, accents folded", () => {
  assert.equal(stem("planejando", "pt"), stem("planeja", "pt"));
  assert.equal(stem("desesperação", "pt"), stem("desesperados", "pt"));
  assert.equal(stem("planning", "en"), stem("planned", "en"));
  assert.ok(!/[ãçéê]/.test(stem("ações", "pt")));
});
