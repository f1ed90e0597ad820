import { test } from "node:test";
import assert from "node:assert/strict";
import { blindState } from "./blind-review";

const one = [{ authorId: "ana", ratingKey: "true" }];
const two = [...one, { authorId: "bruno", ratingKey: "false" }];

test("without blind review nothing is hidden, and disagreement is still reported", () => {
  assert.deepEqual(blindState(false, two, { id: "x", canApprove: false }), { hideVerdict: false, disagreement: true });
});

test("blind: a second reviewer sees nothing until they propose; the first sees their own", () => {
  assert.deepEqual(blindState(true, one, { id: "bruno", canApprove: false }), { hideVerdict: true, disagreement: false });
  assert.deepEqual(blindState(true, one, { id: "ana", canApprove: false }), { hideVerdict: false, disagreement: false });
  assert.deepEqual(blindState(true, two, { id: "bruno", canApprove: false }), { hideVerdict: false, disagreement: true });
});

test("blind: an approver who did not review sees both only once both are in", () => {
  assert.equal(blindState(true, one, { id: "carla", canApprove: true }).hideVerdict, true);
  assert.deepEqual(blindState(true, two, { id: "carla", canApprove: true }), { hideVerdict: false, disagreement: true });
  assert.equal(blindState(true, [], { id: "carla", canApprove: false }).hideVerdict, false);
});
