/**
 * `npm run bench` — every benchmark that exists, one after the other, each
 * writing its own docs/BENCHMARKS-*.md: the claim extractor
 * (bench-extract.ts), report rendering (bench-reports.ts), the article page
 * with 1,000 claims (bench-workspace.ts) and the database
 * paths (bench-db.ts, the longest: it builds the app and generates up to 1M
 * claims; BENCH_DB_ARGS passes options, e.g. "--sizes 1000,100000").
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const benches: { file: string; node: string[]; args: string[]; env?: Record<string, string> }[] = [
  { file: "bench-extract.ts", node: [], args: [] },
  // React in production mode, as the server renders reports (development mode adds checks to every element)
  { file: "bench-reports.ts", node: [], args: [], env: { NODE_ENV: "production" } },
  { file: "bench-workspace.ts", node: ["--require", "./lib/testing/allow-server-only.cjs"], args: [] },
  // these import server-only modules: lib/testing/allow-server-only.cjs lets plain Node load them
  { file: "bench-db.ts", node: ["--require", "./lib/testing/allow-server-only.cjs"], args: (process.env.BENCH_DB_ARGS ?? "").split(" ").filter(Boolean) },
];

let failed = 0;
for (const bench of benches) {
  const file = path.join(__dirname, bench.file);
  if (!existsSync(file)) {
    console.log(`bench: ${bench.file} not present, skipped`);
    continue;
  }
  console.log(`\nbench: ${bench.file}`);
  const res = spawnSync(process.execPath, [...bench.node, "--import", "tsx", file, ...bench.args], { stdio: "inherit", env: { ...process.env, ...bench.env } });
  if (res.status !== 0) {
    console.error(`bench: ${bench.file} failed (exit ${res.status})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
