import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type Db } from "./create-client";

/**
 * A fresh, migrated SQLite database for one test: the committed migrations
 * applied in order to a new temporary file. Tests never share data.
 */
export async function createTestDb(): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-test-"));
  const file = path.join(dir, "test.db");
  const migrationsDir = path.join(process.cwd(), "prisma", "sqlite", "migrations");
  const raw = new Database(file);
  for (const name of readdirSync(migrationsDir).filter((n) => /^\d/.test(n)).sort()) {
    raw.exec(readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
  }
  raw.close();
  const db = createPrismaClient({ kind: "sqlite", url: `file:${file}`, file });
  return {
    db,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
