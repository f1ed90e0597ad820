import { test } from "node:test";
import assert from "node:assert/strict";
import { SpellingTable } from "./spelling-table";

// A deliberately bad hash (every word collides) exercises the probing and compare paths.
const H = 7;

test("finds stored spellings by range, tells apart same-hash words", () => {
  const t = new SpellingTable<string>(1000);
  const text = "casa casas caso casa";
  t.set(text, 0, 4, H, "casa");
  t.set(text, 5, 10, H, "casas");
  assert.equal(t.get(text, 16, 20, H), "casa");
  assert.equal(t.get(text, 5, 10, H), "casas");
  assert.equal(t.get(text, 11, 15, H), null);
  t.set(text, 11, 15, H, "caso");
  assert.equal(t.get(text, 11, 15, H), "caso");
});

test("grows past its first size and starts over at its maximum", () => {
  const words = Array.from({ length: 9000 }, (_, i) => `w${i}`);
  const text = words.join(" ");
  const spans: Array<[number, number]> = [];
  for (let s = 0, i = 0; i < words.length; i++) {
    spans.push([s, s + (words[i] as string).length]);
    s += (words[i] as string).length + 1;
  }
  const t = new SpellingTable<number>(8000);
  spans.forEach(([s, e], i) => t.set(text, s, e, (i * 2654435761) | 0, i));
  // The first 8000 were dropped when the 8001st arrived; the rest are there.
  const [s0, e0] = spans[0] as [number, number];
  assert.equal(t.get(text, s0, e0, 0), null);
  for (let i = 8000; i < 9000; i++) {
    const [s, e] = spans[i] as [number, number];
    assert.equal(t.get(text, s, e, (i * 2654435761) | 0), i);
  }
});
