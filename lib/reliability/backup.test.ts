import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { backupSqlite, restoreSqlite } from "./backup";

test("an online backup taken during writes is consistent, and restores", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-backup-"));
  try {
    const file = path.join(dir, "live.db");
    const live = new Database(file);
    live.pragma("journal_mode = WAL");
    live.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    const insert = live.prepare("INSERT INTO t (v) VALUES (?)");
    for (let i = 0; i < 2000; i++) insert.run(`row ${i}`);
    // keep writing while the backup runs
    let writing = true;
    const writer = (async () => {
      let i = 0;
      while (writing) {
        live.transaction(() => {
          for (let j = 0; j < 50; j++) insert.run(`late ${i++}`);
        })();
        await new Promise((r) => setImmediate(r));
      }
    })();
    const copy = path.join(dir, "copy.db");
    await backupSqlite(file, copy);
    writing = false;
    await writer;
    const backedUp = new Database(copy, { readonly: true });
    const count = (backedUp.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n;
    backedUp.close();
    assert.ok(count >= 2000 && count % 50 === 0, `the copy holds whole transactions only (${count} rows)`);

    await assert.rejects(backupSqlite(file, copy), /already exists/);
    live.exec("DELETE FROM t");
    live.close();
    restoreSqlite(copy, file);
    const restored = new Database(file, { readonly: true });
    assert.equal((restored.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n, count);
    restored.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
