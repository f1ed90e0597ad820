/**
 * `npm run test:load -- [--users 100] [--duration 60] [--kill-at SECONDS]`
 *
 * Write load against a real production server on loopback: N signed-in
 * reviewers add sources and propose verdicts on a shared set of claims for
 * a bounded time and request count. With --kill-at, the server is killed
 * with SIGKILL mid-load, SQLite's integrity check runs, and the server is
 * started again. Afterwards every acknowledged write must be in the
 * database and its audit trail, no response may be a 5xx, and every refusal
 * must carry a clear message. Exit code 1 when any check fails.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { recreatePostgresDatabase } from "@/lib/db/recreate-postgres-database";
import { AppProcess } from "@/lib/reliability/app-process";
import { prepareLoadWorld, setUpDatabase } from "@/lib/reliability/load-world";
import { sqliteIntegrityCheck } from "@/lib/reliability/sqlite-integrity";
import { verifyAcknowledgedWrites } from "@/lib/reliability/verify-writes";
import { newTally, runVirtualReviewer } from "@/lib/reliability/virtual-reviewer";

const argsSchema = z.object({
  users: z.coerce.number().int().min(1).max(500).default(100),
  duration: z.coerce.number().min(1).max(600).default(60),
  claims: z.coerce.number().int().min(1).max(100).default(10),
  "kill-at": z.coerce.number().min(0.5).optional(),
  port: z.coerce.number().int().min(1024).max(65535).default(3400),
  "max-requests": z.coerce.number().int().min(1).max(1_000_000).default(200_000),
  out: z.string().optional(),
  database: z.enum(["sqlite", "postgres"]).default("sqlite"),
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      users: { type: "string" }, duration: { type: "string" }, claims: { type: "string" }, "kill-at": { type: "string" },
      port: { type: "string" }, "max-requests": { type: "string" }, out: { type: "string" }, database: { type: "string" },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`load: ${z.prettifyError(parsed.error)}`);
    return 2;
  }
  const args = parsed.data;
  if (args["kill-at"] !== undefined && args["kill-at"] >= args.duration) {
    console.error("load: --kill-at must be before the end of --duration");
    return 2;
  }

  // A throwaway database: SQLite in a temp dir, or for --database postgres the
  // database `claimdesk_load` on the server of PG_TEST_ADMIN_URL (npm run test:pg),
  // or LOAD_DATABASE_URL; a PostgreSQL database is dropped and created again.
  const tmp = mkdtempSync(path.join(os.tmpdir(), "claimdesk-load-"));
  const databaseUrl = args.database === "postgres" ? postgresLoadUrl() : `file:${path.join(tmp, "load.db")}`;
  const target = resolveDatabaseTarget(databaseUrl);
  if (target.kind === "postgres") await recreatePostgresDatabase(databaseUrl);
  setUpDatabase(databaseUrl);
  const db = createPrismaClient(target);
  const world = await prepareLoadWorld(db, args.users, args.claims);
  await db.$disconnect();

  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID"))) execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir } });
  const app = new AppProcess({ port: args.port, env: { DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir } });
  await app.start();

  const tally = newTally();
  const started = Date.now();
  const deadline = started + args.duration * 1000;
  const crash = args["kill-at"] === undefined ? null : crashLater(app, args["kill-at"] * 1000, target.kind === "sqlite" ? target.file : null);
  await Promise.all(world.users.map((u) => runVirtualReviewer(app.baseUrl, u.email, world, deadline, tally, args["max-requests"])));
  const crashReport = crash ? await crash : null;
  const seconds = (Date.now() - started) / 1000;
  await app.stop();

  const check = createPrismaClient(target);
  const writes = await verifyAcknowledgedWrites(check, tally.acknowledged);
  await check.$disconnect();
  const integrity = target.kind === "sqlite" ? sqliteIntegrityCheck(target.file) : "n/a (PostgreSQL)";

  const summary = {
    database: target.kind,
    users: args.users,
    seconds: Math.round(seconds * 10) / 10,
    requests: tally.requests,
    requestsPerSecond: Math.round(tally.requests / seconds),
    byStatus: tally.byStatus,
    acknowledgedWrites: writes.acknowledged,
    missingWrites: writes.missing,
    missingAuditEvents: writes.missingAudit,
    refusedClearly: tally.refusedClearly,
    refusedUnclearly: tally.refusedUnclearly,
    unclearSamples: tally.unclearSamples,
    serverErrors: tally.serverErrors,
    networkErrors: tally.networkErrors,
    crash: crashReport,
    integrity,
  };
  console.log(JSON.stringify(summary, null, 2));
  if (args.out) writeFileSync(args.out, JSON.stringify(summary, null, 2));

  const checks = [
    ["no 5xx responses", tally.serverErrors === 0],
    ["every acknowledged write stored", writes.missing === 0],
    ["every acknowledged write audited", writes.missingAudit === 0],
    ["every refusal answered clearly", tally.refusedUnclearly === 0],
    ["SQLite integrity_check after the run (SQLite only)", integrity === "ok" || target.kind === "postgres"],
    ["SQLite integrity_check while the server was down (crash runs)", !crashReport || crashReport.integrityWhileDown === "ok" || crashReport.integrityWhileDown === "n/a"],
  ] as const;
  for (const [name, ok] of checks) console.log(`${ok ? "ok" : "FAILED"}: ${name}`);
  const failed = checks.filter(([, ok]) => !ok).length;
  console.log(`load: ${checks.length - failed} passed, ${failed} failed`);
  if (failed > 0) console.log(app.output.slice(-4000));
  rmSync(tmp, { recursive: true, force: true });
  return failed === 0 ? 0 : 1;
}

function postgresLoadUrl(): string {
  if (process.env.LOAD_DATABASE_URL) return process.env.LOAD_DATABASE_URL;
  const admin = process.env.PG_TEST_ADMIN_URL;
  if (!admin) throw new Error("--database postgres needs PG_TEST_ADMIN_URL (run it through npm run test:pg) or LOAD_DATABASE_URL");
  const url = new URL(admin);
  url.pathname = "/claimdesk_load";
  return url.toString();
}

/** Kills the server with SIGKILL after `afterMs`, checks the database while it is down, and restarts it. */
async function crashLater(app: AppProcess, afterMs: number, sqliteFile: string | null) {
  await new Promise((r) => setTimeout(r, afterMs));
  const killedAt = Date.now();
  await app.stop("SIGKILL");
  const integrityWhileDown = sqliteFile ? sqliteIntegrityCheck(sqliteFile) : "n/a";
  await app.start();
  return { killedAfterSeconds: afterMs / 1000, integrityWhileDown, downSeconds: Math.round((Date.now() - killedAt) / 100) / 10 };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("load:", error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
