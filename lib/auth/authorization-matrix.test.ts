import { test } from "node:test";
import assert from "node:assert/strict";
import { mutationRegistry } from "@/lib/mutations";
import { createTestDb } from "@/lib/db/test-db";
import type { Db } from "@/lib/db/create-client";
import { seedReviewFixture } from "@/lib/review/test-data";
import { createUserWithPassword } from "@/lib/users/create-user";
import { roles, type Role } from "@/lib/schemas/roles";
import type { Actor } from "./actor-type";
import { offlineRequest, type RequestInfo } from "./request-info";
import { authFor } from "./server-auth";

/**
 * Every mutation, called as an anonymous visitor and as each role, with
 * valid input: exactly the listed callers succeed, every other one is
 * refused by the wrapper. A mutation missing from this table fails the test.
 */
type Caller = "anonymous" | Role;
const callers: Caller[] = ["anonymous", ...roles];
const PASSWORD = "matrix-password-1";

interface World {
  db: Db;
  actor: Actor | null;
  request: RequestInfo;
  fixture: Awaited<ReturnType<typeof seedReviewFixture>>;
  /** a verdict by someone other than the caller, so the two-person rule does not interfere */
  otherVerdictId: () => Promise<string>;
}

const matrix: Record<string, { allowed: Caller[]; input: (w: World) => Promise<unknown> | unknown }> = {
  "auth.signIn": { allowed: ["anonymous", "reviewer", "editor", "admin"], input: () => ({ email: "someone@example.org", password: PASSWORD }) },
  "auth.signOut": { allowed: ["reviewer", "editor", "admin"], input: () => ({}) },
  "auth.changePassword": {
    allowed: ["reviewer", "editor", "admin"],
    input: () => ({ currentPassword: PASSWORD, newPassword: "matrix-password-2", confirmPassword: "matrix-password-2" }),
  },
  "source.add": {
    allowed: ["reviewer", "editor", "admin"],
    input: (w) => ({ claimId: w.fixture.claim.id, url: "https://example.org/s", title: "S", stance: "context" }),
  },
  "verdict.propose": {
    allowed: ["reviewer", "editor", "admin"],
    input: (w) => ({ claimId: w.fixture.claim.id, ratingId: w.fixture.ratings[0]!.id, rationale: "Because.", expectedVersion: 1 }),
  },
  "verdict.approve": {
    allowed: ["editor", "admin"],
    input: async (w) => ({ claimId: w.fixture.claim.id, verdictId: await w.otherVerdictId(), expectedVersion: 2 }),
  },
  "user.create": {
    allowed: ["admin"],
    input: () => ({ name: "New Person", email: "new.person@example.org", role: "reviewer", password: "new-person-password" }),
  },
  "article.create": {
    allowed: ["reviewer", "editor", "admin"],
    input: () => ({ title: "Matrix", body: "The port handled 1,200 ships in 2023, the authority said.", language: "en" }),
  },
  "article.setBlindReview": { allowed: ["editor", "admin"], input: (w) => ({ articleId: w.fixture.article.id, blindReview: "on" }) },
  "claim.add": { allowed: ["reviewer", "editor", "admin"], input: (w) => ({ articleId: w.fixture.article.id, start: 30, end: 46 }) },
  "claim.edit": { allowed: ["reviewer", "editor", "admin"], input: (w) => ({ claimId: w.fixture.claim.id, text: "Kim seeks food", expectedVersion: 1 }) },
  "claim.split": {
    allowed: ["reviewer", "editor", "admin"],
    input: (w) => ({ claimId: w.fixture.claim.id, secondPartStartsWith: "seeking", expectedVersion: 1 }),
  },
  "claim.mergeWithNext": {
    allowed: ["reviewer", "editor", "admin"],
    input: async (w) => {
      await w.db.claim.create({ data: { articleId: w.fixture.article.id, text: "the report added", start: 30, end: 46 } });
      return { claimId: w.fixture.claim.id, expectedVersion: 1 };
    },
  },
  "claim.dismiss": { allowed: ["reviewer", "editor", "admin"], input: (w) => ({ claimId: w.fixture.claim.id, reason: "Opinion", expectedVersion: 1 }) },
  "claim.restore": {
    allowed: ["reviewer", "editor", "admin"],
    input: async (w) => {
      await w.db.claim.update({ where: { id: w.fixture.claim.id }, data: { status: "dismissed" } });
      return { claimId: w.fixture.claim.id, expectedVersion: 1 };
    },
  },
  "claim.setCheckworthy": { allowed: ["reviewer", "editor", "admin"], input: (w) => ({ claimId: w.fixture.claim.id, checkworthy: "false", expectedVersion: 1 }) },
  "article.reextract": { allowed: ["reviewer", "editor", "admin"], input: (w) => ({ articleId: w.fixture.article.id }) },
  "user.update": { allowed: ["admin"], input: (w) => ({ userId: w.fixture.user.id, role: "editor", active: "true" }) },
  "claim.assign": { allowed: ["editor", "admin"], input: (w) => ({ claimId: w.fixture.claim.id, assigneeId: w.fixture.user.id, expectedVersion: 1 }) },
  "claim.bulkAssign": { allowed: ["editor", "admin"], input: (w) => ({ articleId: w.fixture.article.id, claimIds: [w.fixture.claim.id], assigneeId: w.fixture.user.id }) },
  "claim.bulkStatus": { allowed: ["reviewer", "editor", "admin"], input: (w) => ({ articleId: w.fixture.article.id, claimIds: w.fixture.claim.id, status: "in_review" }) },
  "comment.add": { allowed: ["reviewer", "editor", "admin"], input: (w) => ({ claimId: w.fixture.claim.id, body: "Checking the port authority's figures." }) },
  "scale.save": {
    allowed: ["admin"],
    input: () => ({
      name: "Matrix scale",
      "ratings.0.labelEn": "Right",
      "ratings.0.labelPt": "Certo",
      "ratings.0.color": "#15803d",
      "ratings.1.labelEn": "Wrong",
      "ratings.1.labelPt": "Errado",
      "ratings.1.color": "#b91c1c",
    }),
  },
  "article.setScale": {
    allowed: ["editor", "admin"],
    input: async (w) => ({ articleId: w.fixture.article.id, scaleId: (await w.db.ratingScale.create({ data: { key: "matrix", name: "Matrix" } })).id }),
  },
};

async function world(caller: Caller): Promise<World & { cleanup: () => Promise<void> }> {
  const { db, cleanup } = await createTestDb();
  const fixture = await seedReviewFixture(db);
  const auth = await authFor(db);
  await createUserWithPassword(db, auth, { name: "Someone", email: "someone@example.org", role: "reviewer", password: PASSWORD }, null);
  let actor: Actor | null = null;
  let request = offlineRequest();
  if (caller !== "anonymous") {
    const user = await createUserWithPassword(db, auth, { name: `A ${caller}`, email: `${caller}@example.org`, role: caller, password: PASSWORD }, null);
    actor = { id: user.id, name: user.name, email: user.email, role: caller };
    // A real session, so Better Auth's own session checks (sign-out, change password) pass.
    const { headers } = await auth.api.signInEmail({ body: { email: user.email, password: PASSWORD }, returnHeaders: true });
    const cookie = (headers.get("set-cookie") ?? "").split(";")[0]!;
    request = { ...offlineRequest(), headers: new Headers({ cookie }) };
  }
  const otherVerdictId = async () => {
    const v = await db.verdict.create({ data: { claimId: fixture.claim.id, ratingId: fixture.ratings[1]!.id, rationale: "x", authorId: fixture.user.id } });
    await db.claim.update({ where: { id: fixture.claim.id }, data: { version: 2 } });
    return v.id;
  };
  return { db, actor, request, fixture, otherVerdictId, cleanup };
}

test("every registered mutation has a row in the authorization matrix", () => {
  const missing = [...mutationRegistry.keys()].filter((name) => !(name in matrix));
  assert.deepEqual(missing, [], `add these mutations to the matrix: ${missing.join(", ")}`);
  const stale = Object.keys(matrix).filter((name) => !mutationRegistry.has(name));
  assert.deepEqual(stale, [], `these matrix rows name no mutation: ${stale.join(", ")}`);
});

for (const [name, row] of Object.entries(matrix)) {
  for (const caller of callers) {
    const expected = row.allowed.includes(caller);
    test(`${name} as ${caller} ${expected ? "succeeds" : "is refused"}`, async () => {
      const w = await world(caller);
      try {
        const mutation = mutationRegistry.get(name);
        assert.ok(mutation, `${name} is not registered`);
        const result = await mutation.execute(await row.input(w), { actor: w.actor, db: w.db, request: w.request });
        if (expected) {
          assert.equal(result.ok, true, `expected success, got ${JSON.stringify(result)}`);
        } else {
          assert.equal(result.ok, false);
          assert.ok(!result.ok && ["unauthenticated", "forbidden"].includes(result.code), `expected a refusal, got ${JSON.stringify(result)}`);
        }
      } finally {
        await w.cleanup();
      }
    });
  }
}
