import { copyFileSync, existsSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { sqliteIntegrityCheck } from "./sqlite-integrity";

/**
 * A consistent copy of a live SQLite database through SQLite's online backup
 * API: readers and writers keep working while it runs, and the copy is a
 * single point in time (a plain file copy of a WAL database is not).
 */
export async function backupSqlite(sourceFile: string, destinationFile: string): Promise<{ pages: number }> {
  if (!existsSync(sourceFile)) throw new Error(`no database at ${sourceFile}`);
  if (existsSync(destinationFile)) throw new Error(`${destinationFile} already exists; choose a new file name`);
  const db = new Database(sourceFile, { readonly: true, fileMustExist: true });
  try {
    const result = await db.backup(destinationFile);
    const check = sqliteIntegrityCheck(destinationFile);
    if (check !== "ok") throw new Error(`the backup failed its integrity check: ${check}`);
    return { pages: result.totalPages };
  } finally {
    db.close();
  }
}

/**
 * Restores a backup over a database file. The app must be stopped: the
 * backup is checked first, then copied over the file, and the old WAL and
 * shared-memory files are removed so SQLite cannot replay stale pages.
 */
export function restoreSqlite(backupFile: string, databaseFile: string): void {
  const check = sqliteIntegrityCheck(backupFile);
  if (check !== "ok") throw new Error(`${backupFile} is not a sound SQLite database: ${check}`);
  copyFileSync(backupFile, `${databaseFile}.restoring`);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${databaseFile}${suffix}`, { force: true });
  copyFileSync(`${databaseFile}.restoring`, databaseFile);
  rmSync(`${databaseFile}.restoring`, { force: true });
}
