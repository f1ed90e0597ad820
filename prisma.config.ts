import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabaseTarget } from "./lib/db/database-url";
import { postgresSearchTables, sqliteSearchTables } from "./lib/search/search-tables";
import { cliAdapterFactory } from "./prisma/cli-adapter";

// The Prisma CLI runs its JS (WASM) schema engine through a driver adapter:
// no native engine binary is downloaded (see docs/decisions/0001-prisma-offline.md).
// DATABASE_URL picks the folder: prisma/sqlite or prisma/postgres (0004-postgresql.md).
const target = resolveDatabaseTarget();
const folder = path.join("prisma", target.kind);

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  engine: "js",
  schema: folder,
  migrations: { path: path.join(folder, "migrations") },
  // Full-text search lives in raw-SQL tables (FTS5, tsvector) that Prisma
  // cannot model; as external tables, migrate diff / dev never propose dropping them.
  tables: { external: target.kind === "sqlite" ? [...sqliteSearchTables] : [...postgresSearchTables] },
  adapter: () => cliAdapterFactory(target),
});
