import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentText } from "./text-segments";

const claim = (id: string, start: number, end: number, speakerStart: number | null = null, speakerEnd: number | null = null) => ({
  id, start, end, speakerStart, speakerEnd,
});

test("segments cover the body exactly, in order", () => {
  const body = "Alpha said it. Beta is here.";
  const segs = segmentText(body, [claim("a", 0, 14, 0, 5), claim("b", 15, 28)]);
  assert.equal(segs.map((s) => s.text).join(""), body);
  assert.deepEqual(
    segs.map((s) => [s.text, s.claimId, s.speaker]),
    [["Alpha", "a", true], [" said it.", "a", false], [" ", null, false], ["Beta is here.", "b", false]],
  );
});

test("overlapping and out-of-range claims are not highlighted twice", () => {
  const body = "0123456789";
  const segs = segmentText(body, [claim("a", 0, 6), claim("b", 4, 8), claim("c", 5, 99)]);
  assert.equal(segs.map((s) => s.text).join(""), body);
  assert.deepEqual(segs.filter((s) => s.claimId).map((s) => s.claimId), ["a"]);
});

test("a speaker mention outside its claim is still marked", () => {
  const body = "“Quote here,” said Hertling.";
  const segs = segmentText(body, [claim("q", 1, 12, 19, 27)]);
  assert.ok(segs.some((s) => s.text === "Hertling" && s.speaker && s.claimId === null));
});
