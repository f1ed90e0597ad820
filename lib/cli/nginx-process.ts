/**
 * nginx as a child process for the benchmark and the config test: renders
 * deploy/nginx/claimdesk.conf into a fresh temp folder (lib/cli/nginx-config.ts),
 * checks it with `nginx -t`, runs it in the foreground, stops it, deletes the
 * folder. Never touches the system's nginx service or /etc/nginx.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { readSiteTemplate, renderMain, renderSite } from "./nginx-config";

export const installHint = "apt-get install nginx";

/** The nginx binary, or null. Debian puts it in /usr/sbin, which is not on every user's PATH. */
export function findNginx(): string | null {
  const dirs = [...(process.env.PATH ?? "").split(path.delimiter), "/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"];
  for (const dir of dirs) {
    const candidate = path.join(dir, "nginx");
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

export interface NginxFiles {
  /** temp folder holding everything below */
  dir: string;
  mainFile: string;
  siteFile: string;
  errorLog: string;
}

/** Writes the rendered config into a new temp folder. */
export function writeNginxConfig(opts: { port: number; upstreams: readonly string[] }): NginxFiles {
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-nginx-"));
  // nginx started as root runs its workers as `nobody`: they must reach the cache folder inside
  chmodSync(dir, 0o755);
  const siteFile = path.join(dir, "claimdesk.conf");
  const mainFile = path.join(dir, "nginx.conf");
  writeFileSync(siteFile, renderSite(readSiteTemplate(), { listen: `127.0.0.1:${opts.port}`, upstreams: opts.upstreams, cacheDir: path.join(dir, "cache") }));
  writeFileSync(mainFile, renderMain({ prefix: dir, siteFile }));
  return { dir, mainFile, siteFile, errorLog: path.join(dir, "error.log") };
}

/** Command-line flags that keep nginx inside the temp folder (`-e`: the log used before the config is read). */
function flags(files: NginxFiles): string[] {
  return ["-c", files.mainFile, "-p", `${files.dir}/`, "-e", files.errorLog, "-g", "daemon off;"];
}

/** `nginx -t` on the rendered config: { ok, output }. */
export function testNginxConfig(bin: string, files: NginxFiles): { ok: boolean; output: string } {
  const r = spawnSync(bin, ["-t", ...flags(files)], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

export interface RunningNginx {
  url: string;
  files: NginxFiles;
  stop(): Promise<void>;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM"); // nginx's fast shutdown: the master stops its workers
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/**
 * Starts nginx in the foreground on 127.0.0.1:`port` in front of `upstreams`.
 * Not detached: a Ctrl-C on the bench reaches nginx too. Throws with the
 * error log when the config is refused or the port does not answer.
 */
export async function startNginx(bin: string, opts: { port: number; upstreams: readonly string[] }): Promise<RunningNginx> {
  // a port already in use would make the readiness probe below answer for someone else
  if (await answers(opts.port)) throw new Error(`nginx: port ${opts.port} is already in use`);
  const files = writeNginxConfig(opts);
  const cleanup = () => rmSync(files.dir, { recursive: true, force: true });
  const checked = testNginxConfig(bin, files);
  if (!checked.ok) {
    cleanup();
    throw new Error(`nginx -t refused the rendered config:\n${checked.output}`);
  }
  const child = spawn(bin, flags(files), { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  const stop = async () => {
    await stopChild(child);
    cleanup();
  };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await answers(opts.port)) return { url: `http://127.0.0.1:${opts.port}`, files, stop };
    await new Promise((r) => setTimeout(r, 50));
  }
  const log = existsSync(files.errorLog) ? readFileSync(files.errorLog, "utf8") : "";
  await stop();
  throw new Error(`nginx did not start on port ${opts.port}:\n${stderr}${log}`);
}
