import Database from "better-sqlite3";

/** SQLite's own consistency check of a database file: "ok" or the problems it found. */
export function sqliteIntegrityCheck(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}
