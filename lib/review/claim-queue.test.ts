import { test } from "node:test";
import assert from "node:assert/strict";
import { claimQueueSchema } from "@/lib/schemas/claim-queue";
import { queueClaims, queueHref, type QueueClaim } from "./claim-queue";

const claim = (id: string, over: Partial<QueueClaim> = {}): QueueClaim => ({
  id,
  start: Number(id.replace(/\D/g, "")) * 10,
  score: 0.5,
  status: "new",
  checkworthy: true,
  speaker: null,
  groupKey: null,
  assigneeId: null,
  verdict: null,
  ...over,
});

const claims = [
  claim("c1", { status: "in_review", speaker: "Lula", score: 0.2, groupKey: "g1" }),
  claim("c2", { status: "new", speaker: "Lula", score: 0.9, groupKey: "g1", assigneeId: "u1" }),
  claim("c3", { status: "published", verdict: { rating: { key: "false" } }, checkworthy: false, groupKey: "g2" }),
  claim("c4", { status: "in_review", assigneeId: "u2", score: 0.7 }),
];

test("filters combine, and counts per value ignore their own filter", () => {
  const params = claimQueueSchema.parse({ status: "in_review", speaker: "Lula" });
  const { claims: out, counts, groups } = queueClaims(claims, params, "u1", null);
  assert.deepEqual(out.map((c) => c.id), ["c1"]);
  // status counts among Lula's claims
  assert.equal(counts.status.get("in_review"), 1);
  assert.equal(counts.status.get("new"), 1);
  // speaker counts among in_review claims
  assert.equal(counts.speaker.get("Lula"), 1);
  assert.equal(counts.speaker.get(""), 1);
  assert.deepEqual([...groups.keys()], ["g1"], "single-member groups are not duplicates");
});

test("assigned to me, verdict none, duplicates, check-worthiness and score sort", () => {
  assert.deepEqual(queueClaims(claims, claimQueueSchema.parse({ assignee: "me" }), "u1", null).claims.map((c) => c.id), ["c2"]);
  assert.deepEqual(queueClaims(claims, claimQueueSchema.parse({ assignee: "none" }), "u1", null).claims.map((c) => c.id), ["c1", "c3"]);
  assert.deepEqual(queueClaims(claims, claimQueueSchema.parse({ verdict: "none" }), "u1", null).claims.length, 3);
  assert.deepEqual(queueClaims(claims, claimQueueSchema.parse({ group: "any" }), "u1", null).claims.map((c) => c.id), ["c1", "c2"]);
  assert.deepEqual(queueClaims(claims, claimQueueSchema.parse({ cw: "no" }), "u1", null).claims.map((c) => c.id), ["c3"]);
  assert.deepEqual(queueClaims(claims, claimQueueSchema.parse({ sort: "score" }), "u1", null).claims.map((c) => c.id), ["c2", "c4", "c3", "c1"]);
  assert.deepEqual(queueClaims(claims, claimQueueSchema.parse({}), "u1", new Set(["c4", "c1"])).claims.map((c) => c.id), ["c1", "c4"]);
});

test("malformed parameters are ignored, not fatal", () => {
  const p = claimQueueSchema.parse({ status: "nonsense", sort: "random", cw: ["yes", "no"], q: "" });
  assert.deepEqual({ ...p }, { status: undefined, cw: "yes", sort: "position", q: undefined });
});

test("queueHref keeps the other parameters and drops defaults", () => {
  assert.equal(queueHref("/a/1", { status: "new", sort: "position" }, { q: "porto" }), "/a/1?status=new&q=porto");
  assert.equal(queueHref("/a/1", { status: "new" }, { status: undefined }), "/a/1");
});
