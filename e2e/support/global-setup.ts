import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { e2eDatabaseUrl, runDir } from "./paths";

/**
 * Fresh database for this run (migrations + seed, exactly as `npm start`
 * does), and a production build of the app.
 */
export default function globalSetup() {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  const env = { ...process.env, DATABASE_URL: e2eDatabaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync("npm", ["run", "--silent", "db:setup"], { env, stdio: "inherit" });
  if (!process.env.E2E_SKIP_BUILD) execFileSync("npx", ["next", "build"], { env, stdio: "inherit" });
}
