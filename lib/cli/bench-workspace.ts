/**
 * `npm run bench:workspace` — the reviewer workspace with an article of
 * 1,000 claims, against a production build (`next start`, loopback):
 *
 * - article page server render over HTTP (signed-in cookie), p50/p95 of N
 *   requests, with and without a claim open, beside the raw query behind it
 *   (`getArticleWorkspace`, timed directly). Target: page ≤ 3× query.
 * - one interaction in Chromium: pressing `j` (next claim) — the time until
 *   the list marks the new claim, and how many list rows the DOM update
 *   touched (a MutationObserver on the list): it must be the two rows whose
 *   state changed, not the whole list.
 *
 *   npm run bench:workspace -- [--claims 1000] [--requests 40] [--skip-build]
 *
 * Throwaway SQLite database in /tmp/claimdesk-bench-ws; build in .next-bench-ws.
 * Writes docs/BENCHMARKS-workspace.md. Run through the npm script, which preloads
 * lib/testing/allow-server-only.cjs so the page's query function can be imported.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { percentile, timeMany } from "./bench-timing";

const dir = "/tmp/claimdesk-bench-ws";
const file = path.join(dir, "bench.db");
const url = `file:${file}`;
const port = Number(process.env.BENCH_WS_PORT ?? 3310);
const base = `http://127.0.0.1:${port}`;
const distDir = ".next-bench-ws";
const ADMIN = { email: "admin@claimdesk.local", password: "bench-admin-password" };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const claimCount = Number(arg("claims") ?? 1000);
const requests = Number(arg("requests") ?? 40);


async function main() {
  process.env.DATABASE_URL = url;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir, CLAIMDESK_ADMIN_EMAIL: ADMIN.email, CLAIMDESK_ADMIN_PASSWORD: ADMIN.password };
  console.log("bench-workspace: migrate + seed");
  execFileSync("npm", ["run", "--silent", "db:setup"], { env, stdio: "ignore" });

  const { createPrismaClient } = await import("@/lib/db/create-client");
  const { authFor } = await import("@/lib/auth/server-auth");
  const db = createPrismaClient({ kind: "sqlite", url, file });
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const scale = await db.ratingScale.findFirstOrThrow({ where: { isDefault: true }, include: { ratings: true } });

  console.log(`bench-workspace: article with ${claimCount} claims`);
  const sentences = Array.from({ length: claimCount }, (_, i) => `Minister ${i % 37} said exports rose ${(i % 90) + 1}% in ${2000 + (i % 24)} at port ${i}.`);
  const body = sentences.join(" ");
  const article = await db.article.create({ data: { title: `Bench article (${claimCount} claims)`, body, language: "en", scaleId: scale.id, createdById: admin.id } });
  let at = 0;
  const rows = sentences.map((s, i) => {
    const start = at;
    at += s.length + 1;
    const statuses = ["new", "in_review", "awaiting_approval", "published", "dismissed"];
    return {
      articleId: article.id, text: s, start, end: start + s.length, speaker: `Minister ${i % 37}`, speakerStart: start, speakerEnd: start + `Minister ${i % 37}`.length,
      score: (i % 100) / 100, reasons: JSON.stringify(["number", "attributed"]), status: statuses[i % 5]!, groupKey: i % 10 === 0 ? `g${i % 50}` : null,
      assigneeId: i % 3 === 0 ? admin.id : null,
    };
  });
  await db.claim.createMany({ data: rows });
  const claims = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" }, select: { id: true } });
  // a verdict on every third claim, a source on every second
  await db.verdict.createMany({ data: claims.filter((_, i) => i % 3 === 0).map((c, i) => ({ claimId: c.id, ratingId: scale.ratings[i % scale.ratings.length]!.id, rationale: `Rationale **${i}**.`, authorId: admin.id })) });
  await db.source.createMany({ data: claims.filter((_, i) => i % 2 === 0).map((c, i) => ({ claimId: c.id, url: `https://example.org/${i}`, title: `Source ${i}`, stance: "supports", addedById: admin.id })) });

  const auth = await authFor(db);
  const { headers } = await auth.api.signInEmail({ body: ADMIN, returnHeaders: true });
  const cookie = (headers.get("set-cookie") ?? "").split(";")[0]!;

  // raw query, timed directly in this process (same code the page calls)
  const { getArticleWorkspace } = await import("@/lib/review/queries");
  const query = await timeMany(requests, () => getArticleWorkspace(article.id), 3);

  if (!process.argv.includes("--skip-build") || !existsSync(distDir)) {
    console.log("bench-workspace: next build");
    execFileSync("npx", ["next", "build"], { env, stdio: "ignore" });
  }
  const server: ChildProcess = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore", detached: true });
  try {
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        /* not yet */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const page = async (qs: string) => {
      const res = await fetch(`${base}/articles/${article.id}${qs}`, { headers: { cookie, "accept-language": "en" } });
      if (!res.ok) throw new Error(`page answered ${res.status}`);
      return res.text();
    };
    const html = await page("");
    const plain = await timeMany(requests, () => page(""), 3);
    const withClaim = await timeMany(requests, () => page(`?claim=${claims[500]!.id}`), 3);
    const filtered = await timeMany(requests, () => page(`?status=in_review&sort=score`), 3);

    // one interaction in the browser: j, and which list rows the DOM update touched
    const browser = await chromium.launch(existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] } : {});
    const context = await browser.newContext();
    const eq = cookie.indexOf("=");
    await context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), domain: "127.0.0.1", path: "/" }]);
    const tab = await context.newPage();
    await tab.goto(`${base}/articles/${article.id}?claim=${claims[10]!.id}`);
    await tab.waitForSelector(`[data-claim-link="${claims[10]!.id}"][aria-current="true"]`);
    await tab.waitForLoadState("networkidle"); // hydrated: the key handler is listening
    await tab.locator("h1").click();
    const presses: { ms: number; rows: number }[] = [];
    for (let i = 0; i < 10; i++) {
      await tab.evaluate(() => {
        const list = document.querySelector("ol.claim-list")!;
        const touched = new Set<Element>();
        const w = window as unknown as { __touched: Set<Element>; __obs: MutationObserver };
        w.__touched = touched;
        w.__obs?.disconnect();
        w.__obs = new MutationObserver((ms) => {
          for (const m of ms) {
            const li = (m.target instanceof Element ? m.target : m.target.parentElement)?.closest("ol.claim-list > li");
            if (li) touched.add(li);
            else if (m.target === list) m.addedNodes.forEach((n) => n instanceof Element && touched.add(n));
          }
        });
        w.__obs.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      const next = claims[11 + i]!.id;
      const t = performance.now();
      await tab.keyboard.press("j");
      await tab.waitForSelector(`[data-claim-link="${next}"][aria-current="true"]`);
      const ms = performance.now() - t;
      await tab.waitForTimeout(300); // let the rest of the update land before counting
      const rowsTouched = await tab.evaluate(() => (window as unknown as { __touched: Set<Element> }).__touched.size);
      presses.push({ ms, rows: rowsTouched });
    }
    await browser.close();
    const jMs = { p50: percentile(presses.map((p) => p.ms), 50), p95: percentile(presses.map((p) => p.ms), 95) };
    const maxRows = Math.max(...presses.map((p) => p.rows));

    const f = (n: number) => n.toFixed(1);
    const ratio = plain.p50 / query.p50;
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    const md = `# Reviewer workspace benchmark

\`npm run bench:workspace\` (lib/cli/bench-workspace.ts): one article with **${claimCount} claims** (a verdict on every third, a source on every second, five statuses, duplicate groups, assignments) in a throwaway SQLite database, production build (\`next start\`, loopback), signed in as an admin. ${requests} requests per row after 3 warm-ups, one at a time.

Machine: ${cpu}, ${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.

| What | p50 (ms) | p95 (ms) |
| --- | ---: | ---: |
| Raw query: \`getArticleWorkspace\` (article, scale, ${claimCount} claims with verdicts and sources) | ${f(query.p50)} | ${f(query.p95)} |
| Article page, server render over HTTP (${Math.round(html.length / 1024)} KiB HTML) | ${f(plain.p50)} | ${f(plain.p95)} |
| … with a claim open (\`?claim=\`: panel, timeline, comments, already-checked) | ${f(withClaim.p50)} | ${f(withClaim.p95)} |
| … filtered and sorted (\`?status=in_review&sort=score\`) | ${f(filtered.p50)} | ${f(filtered.p95)} |

**Page ÷ query (p50): ${ratio.toFixed(2)}×** — target ≤ 3×: ${ratio <= 3 ? "met" : "NOT met"}.

Interaction (Chromium): pressing \`j\` to open the next claim — ${f(jMs.p50)} ms p50 / ${f(jMs.p95)} ms p95 until the list marks it (includes the server round trip for the new panel). List rows touched by the DOM update per press: at most **${maxRows}** of ${claimCount} (a MutationObserver on the list) — target "interactions don't re-render the whole list": ${maxRows <= 4 ? "met" : "NOT met"}.
${
  maxRows <= 4
    ? "\nThe rows are server components and plain links; only the rows whose markup changed are written.\n"
    : "\nWhy: `?claim=` and the filters are search params of the page segment, and the App Router keys a page by its search params, so every navigation remounts the page and rebuilds the list (and the article text). The fix is structural — keep the queue and the text in a component that survives the navigation (a layout reading the filters on the client, or the claim in the path `/articles/[id]/claims/[claimId]` under a layout that holds the list) — and is not done yet.\n"
}`;
    writeFileSync(path.join(process.cwd(), "docs", "BENCHMARKS-workspace.md"), md);
    console.log(md);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
