import { spawn, type ChildProcess } from "node:child_process";

export interface AppProcessOptions {
  port: number;
  env: Record<string, string>;
}

/**
 * A production `next start` on 127.0.0.1 that a script can stop gently or
 * kill outright (SIGKILL, for crash tests). Its output is kept for reports.
 */
export class AppProcess {
  private child: ChildProcess | null = null;
  output = "";

  constructor(private readonly options: AppProcessOptions) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(this.options.port)], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...this.options.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    this.child = child;
    child.stdout?.on("data", (d) => (this.output += d));
    child.stderr?.on("data", (d) => (this.output += d));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`next start exited early:\n${this.output}`);
      try {
        if ((await fetch(`${this.baseUrl}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`next start did not answer within ${timeoutMs} ms`);
  }

  /** Stops the process group with a signal and waits for it to exit. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
    this.child = null;
  }
}
