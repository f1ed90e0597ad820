import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import pg from "pg";
import { E2E_ADMIN } from "./accounts";
import { e2eDatabaseUrl, runDir } from "./paths";

/** A PostgreSQL run starts from an empty database of its own: drop it and create it again. */
async function recreatePostgresDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[\w-]+$/.test(name) || name === "postgres") throw new Error(`E2E_DATABASE_URL must name a throwaway database, not "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * Fresh database for this run (migrations + seed, exactly as `npm start`
 * does), and a production build of the app.
 */
export default async function globalSetup() {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  if (/^postgres(ql)?:\/\//.test(e2eDatabaseUrl)) await recreatePostgresDatabase(e2eDatabaseUrl);
  const env = {
    ...process.env,
    DATABASE_URL: e2eDatabaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    CLAIMDESK_ADMIN_EMAIL: E2E_ADMIN.email,
    CLAIMDESK_ADMIN_PASSWORD: E2E_ADMIN.password,
    CLAIMDESK_DEMO_ACCOUNTS: "true",
  };
  execFileSync("npm", ["run", "--silent", "db:setup"], { env, stdio: "inherit" });
  if (!process.env.E2E_SKIP_BUILD) execFileSync("npx", ["next", "build"], { env, stdio: "inherit" });
}
