import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { resolveDatabaseTarget } from "./database-url";

test("unset DATABASE_URL means the SQLite file under prisma/", () => {
  const t = resolveDatabaseTarget(undefined);
  assert.equal(t.kind, "sqlite");
  assert.equal(t.kind === "sqlite" && t.file, path.join(process.cwd(), "prisma", "dev.db"));
});

test("file: and postgresql:// URLs pick their database; others are refused in words", () => {
  assert.deepEqual(resolveDatabaseTarget("file:/tmp/x.db"), { kind: "sqlite", url: "file:/tmp/x.db", file: "/tmp/x.db" });
  assert.equal(resolveDatabaseTarget("file:./rel.db").kind, "sqlite");
  assert.equal(resolveDatabaseTarget("postgresql://u@127.0.0.1:5432/db").kind, "postgres");
  assert.throws(() => resolveDatabaseTarget("mysql://x"), /must start with file: \(SQLite\) or postgresql:\/\//);
  assert.throws(() => resolveDatabaseTarget("   "), /DATABASE_URL is empty/);
});
