import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createPrismaClient, type ClientOptions, type Db } from "./create-client";
import { resolveDatabaseTarget, type DatabaseTarget } from "./database-url";

export interface TestDb {
  db: Db;
  kind: DatabaseTarget["kind"];
  /** the test database's own URL (file: or postgresql://), for raw checks such as EXPLAIN */
  url: string;
  cleanup: () => Promise<void>;
}

/** The committed migrations of one database (folder name and SQL), in the order Prisma applies them. */
export function migrations(kind: DatabaseTarget["kind"]): { name: string; sql: string }[] {
  const dir = path.join(process.cwd(), "prisma", kind, "migrations");
  return readdirSync(dir)
    .filter((n) => /^\d/.test(n))
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

export function migrationScripts(kind: DatabaseTarget["kind"]): string[] {
  return migrations(kind).map((m) => m.sql);
}

/**
 * A fresh, migrated database for one test; tests never share data.
 * SQLite (default): the committed migrations applied to a new temporary file.
 * DATABASE_URL=postgresql://… (npm run test:pg): a new database on that
 * server with prisma/postgres/migrations applied, dropped in cleanup.
 */
export async function createTestDb(options: ClientOptions = {}): Promise<TestDb> {
  const target = resolveDatabaseTarget();
  return target.kind === "postgres" ? createPostgresTestDb(target.url, options) : createSqliteTestDb(options);
}

async function createSqliteTestDb(options: ClientOptions): Promise<TestDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-test-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  for (const script of migrationScripts("sqlite")) raw.exec(script);
  raw.close();
  const db = createPrismaClient({ kind: "sqlite", url: `file:${file}`, file }, options);
  return {
    db,
    kind: "sqlite",
    url: `file:${file}`,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** URL of the same server with another database name. */
function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createPostgresTestDb(url: string, options: ClientOptions): Promise<TestDb> {
  const name = `claimdesk_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await onAdmin(url, `CREATE DATABASE "${name}"`);
  const testUrl = withDatabase(url, name);
  const client = new pg.Client({ connectionString: testUrl });
  await client.connect();
  try {
    // simple-query protocol: each migration file runs whole, as prisma migrate deploy does
    for (const script of migrationScripts("postgres")) await client.query(script);
  } finally {
    await client.end();
  }
  const db = createPrismaClient({ kind: "postgres", url: testUrl }, options);
  return {
    db,
    kind: "postgres",
    url: testUrl,
    cleanup: async () => {
      await db.$disconnect();
      await onAdmin(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
