import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { resolveDatabaseTarget, type DatabaseTarget } from "./database-url";

/**
 * The app is typed against the SQLite client; the PostgreSQL client has the
 * same models (one schema source, prisma/models) and is cast to that type.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Builds a client for a target. Only lib/db, the seed and CLIs call this. */
export function createPrismaClient(target: DatabaseTarget = resolveDatabaseTarget()): Db {
  if (target.kind === "sqlite") {
    // timeout = SQLite busy timeout: wait for a concurrent writer instead of failing.
    const adapter = new PrismaBetterSQLite3({ url: target.url, timeout: 5000 });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: target.url });
  return new PostgresClient({ adapter }) as unknown as Db;
}
