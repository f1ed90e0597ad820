import { test } from "node:test";
import assert from "node:assert/strict";
import { splitBlocks } from "./blocks";

const texts = (body: string) => splitBlocks(body).map((b) => body.slice(b.start, b.end));

test("splits on blank lines and single line breaks (headline stays alone)", () => {
  assert.deepEqual(texts("Headline without period\nFirst paragraph.\n\nSecond one."), ["Headline without period", "First paragraph.", "Second one."]);
});

test("bullet markers and indentation are not part of the block", () => {
  const body = "  • First item.\n  - Second item.\n* Third item.\n1. Fourth item.";
  assert.deepEqual(texts(body), ["First item.", "Second item.", "Third item.", "Fourth item."]);
  assert.ok(splitBlocks(body).every((b) => b.bullet));
});

test("a hard-wrapped sentence is re-joined", () => {
  assert.deepEqual(texts("The minister said that\nthe budget grew."), ["The minister said that\nthe budget grew."]);
});

test("over-long paragraphs are capped at sentence ends", () => {
  const body = "Uma frase curta aqui. ".repeat(500);
  const blocks = splitBlocks(body, 200);
  assert.ok(blocks.length > 40);
  assert.ok(blocks.every((b) => b.end - b.start <= 200));
  assert.ok(blocks.every((b) => body.slice(b.start, b.end).endsWith(".")));
});

test("a long run without spaces is still cut, never inside a surrogate pair", () => {
  const body = "😀".repeat(3000);
  const blocks = splitBlocks(body, 101);
  for (const b of blocks) {
    const first = body.charCodeAt(b.start);
    assert.ok(!(first >= 0xdc00 && first <= 0xdfff));
  }
  assert.equal(blocks.reduce((n, b) => n + b.end - b.start, 0), body.length);
});
