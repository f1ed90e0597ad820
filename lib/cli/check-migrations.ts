/**
 * `npm run db:check` — fails when the two databases' migrations drift apart
 * or away from the models (prisma/models):
 *
 * 1. prisma/sqlite/migrations and prisma/postgres/migrations hold the same
 *    migration folders (each change is written for both databases);
 * 2. for each database, `prisma migrate diff --from-migrations … 
 *    --to-schema-datamodel … --exit-code` finds nothing to add: replaying the
 *    migrations gives exactly the models.
 *
 * SQLite needs no server. PostgreSQL needs one for the shadow database: the
 * one in DATABASE_URL when it is postgresql://, otherwise a throwaway server
 * (lib/cli/pg-test-server.ts). Without PostgreSQL installed that half is
 * skipped with a notice — and fails under CI.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findPgBin, startPgTestServer } from "./pg-test-server";

const root = process.cwd();
const ci = process.env.CI === "true" || process.env.CI === "1";

function migrationFolders(kind: "sqlite" | "postgres"): string[] {
  const dir = path.join(root, "prisma", kind, "migrations");
  return existsSync(dir) ? readdirSync(dir).filter((n) => /^\d/.test(n)).sort() : [];
}

function diffAgainstModels(kind: "sqlite" | "postgres", databaseUrl: string): boolean {
  const folder = path.join("prisma", kind);
  const res = spawnSync(
    "npx",
    ["prisma", "migrate", "diff", "--from-migrations", path.join(folder, "migrations"), "--to-schema-datamodel", folder, "--script", "--exit-code"],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  if (res.status === 0) {
    console.log(`db:check: ${kind} migrations match the models`);
    return true;
  }
  if (res.status === 2) {
    console.error(`db:check: ${kind} migrations do not match prisma/models. Missing SQL:\n${res.stdout}`);
    console.error(
      `Generate it with:\n  DATABASE_URL=${kind === "sqlite" ? "file:/tmp/x.db" : "postgresql://…"} npx prisma migrate diff --from-migrations ${folder}/migrations --to-schema-datamodel ${folder} --script`,
    );
  } else {
    console.error(`db:check: prisma migrate diff failed for ${kind}:\n${res.stdout}\n${res.stderr}`);
  }
  return false;
}

async function main(): Promise<number> {
  let ok = true;
  const sqlite = migrationFolders("sqlite");
  const postgres = migrationFolders("postgres");
  const onlySqlite = sqlite.filter((m) => !postgres.includes(m));
  const onlyPostgres = postgres.filter((m) => !sqlite.includes(m));
  if (onlySqlite.length || onlyPostgres.length) {
    ok = false;
    if (onlySqlite.length) console.error(`db:check: only in prisma/sqlite/migrations: ${onlySqlite.join(", ")}`);
    if (onlyPostgres.length) console.error(`db:check: only in prisma/postgres/migrations: ${onlyPostgres.join(", ")}`);
  } else {
    console.log(`db:check: both databases have the same ${sqlite.length} migrations`);
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), "claimdesk-dbcheck-"));
  try {
    ok = diffAgainstModels("sqlite", `file:${path.join(tmp, "check.db")}`) && ok;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const given = process.env.DATABASE_URL;
  if (given && /^postgres(ql)?:\/\//.test(given)) {
    ok = diffAgainstModels("postgres", given) && ok;
  } else if (findPgBin()) {
    const server = await startPgTestServer();
    try {
      ok = diffAgainstModels("postgres", server.urlFor("claimdesk")) && ok;
    } finally {
      await server.stop();
    }
  } else if (ci) {
    console.error("db:check: PostgreSQL not installed (apt-get install postgresql); required under CI");
    ok = false;
  } else {
    console.log("db:check: skipped the PostgreSQL half: PostgreSQL not installed (apt-get install postgresql)");
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
