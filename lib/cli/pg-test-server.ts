/**
 * A throwaway PostgreSQL server for tests and benchmarks: `initdb` into a
 * temporary directory, `pg_ctl start` on 127.0.0.1 (never a public
 * interface), and `pg_ctl stop` + delete the directory when done.
 *
 * Library: `startPgTestServer()` → { adminUrl, urlFor(db), stop() }.
 * CLI:     tsx lib/cli/pg-test-server.ts run [--skip-when-missing] -- <command …>
 *          starts a server, runs the command with PG_TEST_ADMIN_URL,
 *          DATABASE_URL and E2E_DATABASE_URL set, and always stops the server.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface PgTestServer {
  port: number;
  /** superuser URL of the `postgres` maintenance database */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** The bin directory of the newest installed PostgreSQL, or null (PG_BIN overrides). */
export function findPgBin(): string | null {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) return existsSync(path.join(fromEnv, "pg_ctl")) ? fromEnv : null;
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], "bin");
  }
  const which = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" });
  const found = which.stdout.trim();
  return which.status === 0 && found ? path.dirname(found) : null;
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

async function pickPort(first: number): Promise<number> {
  for (let p = first; p < first + 200; p++) if (await isPortFree(p)) return p;
  throw new Error(`no free port in ${first}–${first + 199}`);
}

/**
 * initdb and pg_ctl refuse to run as root: as root, run them as the
 * `postgres` OS user (created by Debian's package) in a directory it owns.
 */
function asPgUser(cmd: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [cmd, args];
  return ["runuser", ["-u", "postgres", "--", cmd, ...args]];
}

function pgUserIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

export interface PgTestServerOptions {
  port?: number;
  bin?: string;
  /**
   * Keep the cluster in this directory across runs (benchmarks cache their
   * generated data there): initdb only when it is empty, never deleted.
   * Default: a new temporary directory, deleted on stop.
   */
  keepDir?: string;
}

export async function startPgTestServer(options: PgTestServerOptions = {}): Promise<PgTestServer> {
  const bin = options.bin ?? findPgBin();
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install postgresql)");
  const port = options.port ?? (await pickPort(Number(process.env.PG_TEST_PORT ?? 5433)));
  const keep = !!options.keepDir;
  const dir = options.keepDir ?? mkdtempSync(path.join(os.tmpdir(), "claimdesk-pg-"));
  mkdirSync(dir, { recursive: true });
  const ids = pgUserIds();
  if (ids) chownSync(dir, ids.uid, ids.gid);
  chmodSync(dir, 0o700);
  const dataDir = path.join(dir, "data");
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = asPgUser(path.join(bin, tool), args);
    execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], cwd: dir });
  };
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  try {
    if (fresh) run("initdb", ["--auth=trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "-D", dataDir]);
    // Durability is not wanted for a throwaway cluster: no fsync makes
    // CREATE DATABASE per test and bulk benchmark loads fast.
    const serverOptions = [
      "-c listen_addresses=127.0.0.1",
      `-p ${port}`,
      `-k ${dir}`,
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=200",
      "-c shared_buffers=256MB",
    ].join(" ");
    run("pg_ctl", ["-D", dataDir, "-l", path.join(dir, "server.log"), "-o", serverOptions, "-w", "-t", "60", "start"]);
    // an empty application database, so DATABASE_URL works out of the box
    if (fresh) execFileSync(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "claimdesk"], { stdio: "pipe" });
  } catch (error) {
    try {
      run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    } catch {
      // it never started
    }
    if (!keep) rmSync(dir, { recursive: true, force: true });
    const detail = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`could not start PostgreSQL: ${detail}`);
  }
  let stopped = false;
  const urlFor = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    adminUrl: urlFor("postgres"),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]);
      } finally {
        if (!keep) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function runCommand(args: string[]): Promise<number> {
  const skipWhenMissing = args[0] === "--skip-when-missing";
  const rest = skipWhenMissing ? args.slice(1) : args;
  const sep = rest.indexOf("--");
  const command = sep >= 0 ? rest.slice(sep + 1) : rest;
  if (command.length === 0) {
    console.error("usage: pg-test-server run [--skip-when-missing] -- <command …>");
    return 2;
  }
  if (!findPgBin()) {
    const ci = process.env.CI === "true" || process.env.CI === "1";
    if (skipWhenMissing && !ci) {
      console.log("skipped: PostgreSQL not installed (apt-get install postgresql)");
      return 0;
    }
    console.error("PostgreSQL not installed (apt-get install postgresql)" + (ci ? "; required under CI" : ""));
    return 1;
  }
  const server = await startPgTestServer();
  console.log(`pg-test-server: PostgreSQL on 127.0.0.1:${server.port} (throwaway)`);
  let child: ReturnType<typeof spawn> | null = null;
  const forward = (signal: NodeJS.Signals) => () => {
    child?.kill(signal);
  };
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  try {
    return await new Promise<number>((resolve, reject) => {
      child = spawn(command[0]!, command.slice(1), {
        stdio: "inherit",
        env: {
          ...process.env,
          PG_TEST_ADMIN_URL: server.adminUrl,
          DATABASE_URL: server.urlFor("claimdesk"),
          E2E_DATABASE_URL: server.urlFor("claimdesk_e2e"),
        },
      });
      child.once("error", reject);
      child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    await server.stop();
    console.log("pg-test-server: stopped");
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]).replace(/\.ts$/, "") === path.resolve(__filename).replace(/\.ts$/, "");
if (isMain) {
  const [sub, ...args] = process.argv.slice(2);
  if (sub !== "run") {
    console.error("usage: pg-test-server run [--skip-when-missing] -- <command …>");
    process.exit(2);
  }
  runCommand(args).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
