
import type { DatabaseTarget } from "../lib/db/database-url";

/** Driver adapter for the Prisma CLI's JS schema engine (migrate deploy / dev / diff). */
export async function cliAdapterFactory(target: DatabaseTarget) {
  if (target.kind === "sqlite") {
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: target.url });
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaPg({ connectionString: target.url });
}
