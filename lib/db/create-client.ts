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
export type DatabaseKind = DatabaseTarget["kind"];

/** A statement the client sent, for EXPLAIN checks in tests. */
export interface QueryEvent {
  query: string;
  params: string;
}

export interface ClientOptions {
  /** called with every SQL statement the client runs (tests only) */
  onQuery?: (event: QueryEvent) => void;
  /** PostgreSQL pool size (default 10) */
  poolSize?: number;
}

const kinds = new WeakMap<object, DatabaseKind>();

/** Which database a client talks to: raw SQL that differs between them (search) branches on this. */
export function databaseKind(db: Db): DatabaseKind {
  return kinds.get(db) ?? resolveDatabaseTarget().kind;
}

/** Builds a client for a target. Only lib/db, the seed and CLIs call this. */
export function createPrismaClient(target: DatabaseTarget = resolveDatabaseTarget(), options: ClientOptions = {}): Db {
  const log = options.onQuery ? [{ level: "query" as const, emit: "event" as const }] : [];
  let db: Db;
  if (target.kind === "sqlite") {
    // timeout = SQLite busy timeout: wait for a concurrent writer instead of failing.
    const adapter = new PrismaBetterSQLite3({ url: target.url, timeout: 5000 });
    const client = new SqliteClient({ adapter, log });
    if (options.onQuery) client.$on("query", options.onQuery);
    db = client as unknown as Db;
  } else {
    const adapter = new PrismaPg({ connectionString: target.url, max: options.poolSize ?? 10 });
    const client = new PostgresClient({ adapter, log });
    if (options.onQuery) client.$on("query", options.onQuery);
    db = client as unknown as Db;
  }
  kinds.set(db, target.kind);
  return db;
}
