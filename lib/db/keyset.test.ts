import { test } from "node:test";
import assert from "node:assert/strict";
import { createdAtIdKey, decodeCursor, encodeCursor, startIdKey, toPage } from "./keyset";

test("a cursor round-trips its key and is validated when it comes back", () => {
  const key = { createdAt: "2026-03-01T12:00:00.000Z", id: "cmabc123" };
  assert.deepEqual(decodeCursor(createdAtIdKey, encodeCursor(key)), key);
  assert.equal(decodeCursor(createdAtIdKey, undefined), null);
  assert.equal(decodeCursor(createdAtIdKey, ""), null);
  assert.throws(() => decodeCursor(createdAtIdKey, "%%%"), /cursor is not valid/);
  assert.throws(() => decodeCursor(startIdKey, encodeCursor(key)), /cursor is not valid/, "a cursor of another list");
  assert.throws(() => decodeCursor(createdAtIdKey, encodeCursor({ createdAt: "yesterday", id: "x" })), /cursor is not valid/);
});

test("toPage keeps limit rows and points the cursor at the last one only when there is more", () => {
  const rows = [1, 2, 3].map((n) => ({ start: n, id: `c${n}` }));
  const more = toPage(rows, 2, (r) => r);
  assert.deepEqual(more.items.map((r) => r.id), ["c1", "c2"]);
  assert.deepEqual(decodeCursor(startIdKey, more.nextCursor), { start: 2, id: "c2" });
  assert.equal(toPage(rows, 3, (r) => r).nextCursor, null);
});
