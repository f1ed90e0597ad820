/**
 * `npm run bench:reports` — export timings on synthetic reports:
 * JSON and ClaimReview of 10,000 claims (budget 1 s each), PDF of 200 claims
 * (budget 3 s), plus the other formats for reference. Prints the table and
 * writes it to docs/BENCHMARKS-reports.md with the machine it ran on.
 *
 * `--format pdf` (repeatable) runs only those formats and leaves the document
 * alone (a partial table would hide the other budgets); `--runs N` changes
 * the number of timed runs (default 5).
 */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { reportFormats, type ReportFormat } from "@/lib/reports/formats";
import { renderReport } from "@/lib/reports/render-report";
import type { ReportModel } from "@/lib/reports/report-model";
import { syntheticReport } from "@/lib/reports/test-fixture";

interface Case {
  format: ReportFormat;
  claims: number;
  budgetMs?: number;
}

const cases: Case[] = [
  { format: "json", claims: 10_000, budgetMs: 1000 },
  { format: "claimreview", claims: 10_000, budgetMs: 1000 },
  { format: "pdf", claims: 200, budgetMs: 3000 },
  { format: "csv", claims: 10_000 },
  { format: "md", claims: 10_000 },
  { format: "html", claims: 1_000 },
];
const { values: args } = parseArgs({
  options: { format: { type: "string", multiple: true }, runs: { type: "string", default: "5" } },
});
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer, got ${args.runs}`);
const only = args.format?.map((f) => {
  if (!(reportFormats as readonly string[]).includes(f)) throw new Error(`--format must be one of ${reportFormats.join(", ")}, got ${f}`);
  return f as ReportFormat;
});

/**
 * CPU time of the main thread (ms), where rendering runs. Wall time grows
 * when other processes share the CPU; this hardly moves, so it tells a slow
 * renderer from a busy machine. Linux only (/proc, clock ticks of 10 ms).
 */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime
  } catch {
    return null;
  }
}

async function time(model: ReportModel, format: ReportFormat): Promise<{ ms: number; cpuMs: number | null; bytes: number }> {
  const start = performance.now();
  const cpuStart = mainThreadCpuMs();
  const { body } = await renderReport(model, format);
  const cpuEnd = mainThreadCpuMs();
  const ms = performance.now() - start;
  const cpuMs = cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart;
  return { ms, cpuMs, bytes: typeof body === "string" ? Buffer.byteLength(body) : body.byteLength };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const models = new Map<number, ReportModel>();
  const rows: string[] = [];
  let failed = false;
  for (const c of cases) {
    if (only && !only.includes(c.format)) continue;
    if (!models.has(c.claims)) models.set(c.claims, syntheticReport(c.claims));
    const model = models.get(c.claims)!;
    await time(syntheticReport(5), c.format); // warm-up: module loading, JIT
    const runs: Awaited<ReturnType<typeof time>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await time(model, c.format));
    const wall = median(runs.map((r) => r.ms));
    const worst = Math.max(...runs.map((r) => r.ms));
    const cpus = runs.flatMap((r) => (r.cpuMs === null ? [] : [r.cpuMs]));
    const cpu = cpus.length === runs.length ? median(cpus).toFixed(0) : "—";
    const ok = c.budgetMs === undefined || wall <= c.budgetMs; // the median: other processes share this CPU
    failed ||= !ok;
    const row = `| ${c.format} | ${c.claims.toLocaleString("en")} | ${wall.toFixed(0)} | ${worst.toFixed(0)} | ${cpu} | ${(runs[0]!.bytes / 1024).toFixed(0)} KiB | ${c.budgetMs ? `≤ ${c.budgetMs} ms ${ok ? "✅" : "❌"}` : "—"} |`;
    console.log(row);
    rows.push(row);
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
  // other processes compete for the CPU: the load average says how much
  const load = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
  const doc = `# Report export benchmarks

\`npm run bench:reports\` (lib/cli/bench-reports.ts): synthetic reports built in memory
(\`syntheticReport\` in lib/reports/test-fixture.ts: Portuguese text, a Markdown rationale
and three sources per claim), each format rendered ${RUNS} times after a warm-up. Times
include validation (zod) and serialisation, not the database query. React runs in
${process.env.NODE_ENV === "production" ? "production mode, as on the server" : "DEVELOPMENT mode (NODE_ENV is not \"production\": slower than the server)"}. The budget is
checked against the median; the worst run shows how much other processes on the same
machine got in the way (see the load average). Main-thread CPU is the median CPU time
of the thread that renders (Linux): it barely changes with load, so when it sits well
under the wall time, the machine was busy rather than the renderer slow.

- Machine: ${machine}
- Date: ${new Date().toISOString().slice(0, 10)}
- Load average at the end (1 / 5 / 15 min): ${load}

| Format | Claims | Median (ms) | Worst (ms) | Main-thread CPU (ms) | Size | Budget (median) |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join("\n")}
`;
  if (only) {
    console.log(`\n${machine}\nload average: ${load} (--format given: docs left alone)`);
  } else {
    const out = path.join(process.cwd(), "docs", "BENCHMARKS-reports.md");
    await writeFile(out, doc);
    console.log(`\n${machine}\nwrote ${path.relative(process.cwd(), out)}`);
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error("bench:reports:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
