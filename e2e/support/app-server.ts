import { spawn, type ChildProcess } from "node:child_process";
import { baseURL, e2eDatabaseUrl, e2ePort } from "./paths";

/** A real `next start` on the run's database, which a test can stop and start again. */
export class AppServer {
  private child: ChildProcess | null = null;
  private log = "";

  async start(): Promise<void> {
    const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(e2ePort)], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    this.child = child;
    child.stdout?.on("data", (d) => (this.log += d));
    child.stderr?.on("data", (d) => (this.log += d));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`next start exited early:\n${this.log}`);
      try {
        const res = await fetch(`${baseURL}/api/health`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`next start did not answer within 60 s:\n${this.log}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM"); // the whole group: npx and next
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    this.child = null;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Server output, to show when a test fails. */
  output(): string {
    return this.log;
  }
}
