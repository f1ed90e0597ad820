import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabaseTarget } from "./lib/db/database-url";
import { cliAdapterFactory } from "./prisma/cli-adapter";

// The Prisma CLI runs its JS (WASM) schema engine through a driver adapter:
// no native engine binary is downloaded (see docs/decisions/0001-prisma-offline.md).
const target = resolveDatabaseTarget();
const folder = path.join("prisma", target.kind);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: folder,
  migrations: { path: path.join(folder, "migrations") },
  adapter: () => cliAdapterFactory(target),
});
