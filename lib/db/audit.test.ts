import { test } from "node:test";
import assert from "node:assert/strict";
import { recordAudit } from "./audit";
import { createTestDb } from "./test-db";

test("an audit event commits with its change and rolls back with it", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    await db.$transaction((tx) => recordAudit(tx, { actorId: null, entityType: "claim", entityId: "c1", action: "claim.update", before: { a: 1 }, after: { a: 2 } }));
    const stored = await db.auditEvent.findFirstOrThrow();
    assert.deepEqual([JSON.parse(stored.before!), JSON.parse(stored.after!)], [{ a: 1 }, { a: 2 }]);

    await assert.rejects(
      db.$transaction(async (tx) => {
        await recordAudit(tx, { actorId: null, entityType: "claim", entityId: "c2", action: "claim.update" });
        throw new Error("the change failed");
      }),
      /the change failed/,
    );
    assert.equal(await db.auditEvent.count({ where: { entityId: "c2" } }), 0, "no audit event for a change that did not happen");
  } finally {
    await cleanup();
  }
});

test("the app never updates or deletes audit events", async () => {
  const { readFileSync, readdirSync, statSync } = await import("node:fs");
  const path = await import("node:path");
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts") && /auditEvent\.(update|updateMany|delete|deleteMany|upsert)\(/.test(readFileSync(file, "utf8"))) offenders.push(file);
    }
  };
  for (const dir of ["app", "lib", "components"]) walk(path.join(process.cwd(), dir));
  assert.deepEqual(offenders, []);
});
