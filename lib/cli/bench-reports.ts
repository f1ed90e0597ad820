/**
 * `npm run bench:reports` — export timings on synthetic reports:
 * JSON and ClaimReview of 10,000 claims (budget 1 s each), PDF of 200 claims
 * (budget 3 s), plus the other formats for reference. Prints the table and
 * writes it to docs/BENCHMARKS-reports.md with the machine it ran on.
 */
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ReportFormat } from "@/lib/reports/formats";
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
const RUNS = 5;

async function time(model: ReportModel, format: ReportFormat): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const { body } = await renderReport(model, format);
  const ms = performance.now() - start;
  return { ms, bytes: typeof body === "string" ? Buffer.byteLength(body) : body.byteLength };
}

async function main() {
  const models = new Map<number, ReportModel>();
  const rows: string[] = [];
  let failed = false;
  for (const c of cases) {
    if (!models.has(c.claims)) models.set(c.claims, syntheticReport(c.claims));
    const model = models.get(c.claims)!;
    await time(syntheticReport(5), c.format); // warm-up: module loading, JIT
    const runs: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await time(model, c.format));
    const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const worst = sorted[sorted.length - 1]!;
    const ok = c.budgetMs === undefined || median <= c.budgetMs; // the median: other processes share this CPU
    failed ||= !ok;
    const row = `| ${c.format} | ${c.claims.toLocaleString("en")} | ${median.toFixed(0)} | ${worst.toFixed(0)} | ${(runs[0]!.bytes / 1024).toFixed(0)} KiB | ${c.budgetMs ? `≤ ${c.budgetMs} ms ${ok ? "✅" : "❌"}` : "—"} |`;
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
include validation (zod) and serialisation, not the database query. The budget is
checked against the median; the worst run shows how much other processes on the same
machine got in the way (see the load average).

- Machine: ${machine}
- Date: ${new Date().toISOString().slice(0, 10)}
- Load average at the end (1 / 5 / 15 min): ${load}

| Format | Claims | Median (ms) | Worst (ms) | Size | Budget (median) |
| --- | ---: | ---: | ---: | ---: | --- |
${rows.join("\n")}
`;
  const out = path.join(process.cwd(), "docs", "BENCHMARKS-reports.md");
  await writeFile(out, doc);
  console.log(`\n${machine}\nwrote ${path.relative(process.cwd(), out)}`);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error("bench:reports:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
