import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { recreatePostgresDatabase } from "../../lib/db/recreate-postgres-database";
import { E2E_ADMIN } from "./accounts";
import { e2eDatabaseUrl, runDir } from "./paths";

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
