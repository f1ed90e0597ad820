import { test } from "node:test";
import assert from "node:assert/strict";
import { shouldGlue } from "./abbreviations";

test("titles and initials never end a sentence", () => {
  assert.ok(shouldGlue("o Sr. ", "Putin está correndo"));
  assert.ok(shouldGlue("Lt. ", "Gen. Mark Hertling"));
  assert.ok(shouldGlue("Prof. J. ", "R. Smith"));
  assert.ok(shouldGlue("Folha de S. ", "Paulo informou"));
});

test("months glue only before a number", () => {
  assert.ok(shouldGlue("on Jan. ", "5 the court"));
  assert.ok(!shouldGlue("em mar. ", "Depois"));
});

test("U.S. glues unless a typical sentence opener follows", () => {
  assert.ok(shouldGlue("the U.S. ", "Army sent troops"));
  assert.ok(!shouldGlue("moved to the U.S. ", "The next day"));
});

test("a lowercase continuation is glued, a real sentence end is not", () => {
  assert.ok(shouldGlue("Os EUA. ", "enviaram 3,5 milhões."));
  assert.ok(!shouldGlue("Ele saiu. ", "Depois voltou."));
});
