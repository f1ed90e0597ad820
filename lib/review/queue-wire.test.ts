import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeQueueRows, encodeQueueRows, type WorkspaceRow } from "./queue-wire";

const row = (over: Partial<WorkspaceRow>): WorkspaceRow => ({
  id: "c1", text: "Exports rose 12%.", start: 0, end: 17, speakerStart: null, speakerEnd: null, score: 0.8, status: "new", checkworthy: true,
  speaker: null, groupKey: null, assigneeId: null, assigneeName: null, verdict: null, hideVerdict: false, disagreement: false, ...over,
});

test("rows survive the column encoding exactly", () => {
  const rows = [
    row({}),
    row({ id: "c2", start: 18, end: 40, speakerStart: 30, speakerEnd: 39, speaker: "the minister", groupKey: "g1", status: "in_review", checkworthy: false, score: 0.25 }),
    row({ id: "c3", assigneeId: "u1", assigneeName: "Ana", verdict: { rating: { id: "r1", key: "false" } }, hideVerdict: true, disagreement: true, groupKey: "g1" }),
    row({ id: "c4", assigneeId: "u1", assigneeName: "Ana", verdict: { rating: { id: "r1", key: "false" } }, speaker: "the minister" }),
  ];
  const wire = encodeQueueRows(rows);
  assert.deepEqual(decodeQueueRows(JSON.parse(JSON.stringify(wire))), rows);
  // repeated values are stored once
  assert.deepEqual(wire.assigneeTable, [{ id: "u1", name: "Ana" }]);
  assert.deepEqual(wire.speakerTable, ["the minister"]);
  assert.equal(wire.ratingTable.length, 1);
});

test("an empty article encodes to empty columns", () => {
  assert.deepEqual(decodeQueueRows(encodeQueueRows([])), []);
});
