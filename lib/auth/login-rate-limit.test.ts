import { test } from "node:test";
import assert from "node:assert/strict";
import { createTestDb } from "@/lib/db/test-db";
import { DomainError } from "@/lib/errors";
import {
  assertLoginAllowed, clearAccountFailures, LOGIN_WINDOW_MS, loginKeys, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, recordLoginFailure,
} from "./login-rate-limit";

test("an account is locked after too many failures and unlocked when the window passes", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const keys = loginKeys("Ana@Example.org ", "10.0.0.1");
    const t0 = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await assertLoginAllowed(db, keys, t0);
      await recordLoginFailure(db, keys, t0);
    }
    await assert.rejects(assertLoginAllowed(db, keys, t0), (e: unknown) => e instanceof DomainError && e.code === "rate_limited" && /15 minutes/.test(e.message));
    // same account from another address: still locked (per account)
    await assert.rejects(assertLoginAllowed(db, loginKeys("ana@example.org", "10.0.0.2"), t0));
    await assertLoginAllowed(db, keys, new Date(t0.getTime() + LOGIN_WINDOW_MS));
  } finally {
    await cleanup();
  }
});

test("one address guessing many accounts is limited per address, and a success clears only the account", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const t0 = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await recordLoginFailure(db, loginKeys(`user${i}@x.org`, "10.9.9.9"), t0);
    await assert.rejects(assertLoginAllowed(db, loginKeys("fresh@x.org", "10.9.9.9"), t0));
    await assertLoginAllowed(db, loginKeys("fresh@x.org", "10.1.1.1"), t0);
    await clearAccountFailures(db, loginKeys("user0@x.org", "10.9.9.9"));
    assert.equal(await db.loginAttempt.count({ where: { key: "account:user0@x.org" } }), 0);
    assert.equal(await db.loginAttempt.count({ where: { key: "address:10.9.9.9" } }), 1);
  } finally {
    await cleanup();
  }
});
