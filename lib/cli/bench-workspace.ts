/**
 * `npm run bench:workspace` — the reviewer workspace with an article of
 * 1,000 claims, against a production build (`next start`, loopback):
 *
 * - article page server render over HTTP (signed-in cookie), p50/p95 of N
 *   requests, with and without a claim open, beside the raw reads behind
 *   each (the same lib/ functions the layout and page call, timed directly
 *   in this process). Target: page ≤ 3× its reads.
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

  // the raw reads, timed directly in this process: the same lib/ calls the
  // workspace layout (text + queue) and the claim page (panel) make
  const q = await import("@/lib/review/queries");
  const { getClaimTimeline } = await import("@/lib/review/claim-timeline");
  const { listComments } = await import("@/lib/review/comments");
  const { findAlreadyChecked } = await import("@/lib/review/already-checked");
  const { db: appDb } = await import("@/lib/db/client");
  const { articleExists } = await import("@/lib/articles/queries");
  // every request first looks up its session (lib/auth/actor.ts) and checks the article exists
  const requestReads = () => Promise.all([auth.api.getSession({ headers: new Headers({ cookie }) }), articleExists(article.id)]);
  // the article has verdicts, so no scale list (the scale is fixed)
  const layoutReads = () => Promise.all([requestReads(), q.getArticleQueue(article.id), q.listAssignableUsers()]);
  const open = claims[500]!.id;
  const panelReads = async () => {
    const [a, c] = await Promise.all([q.getArticleForPanel(article.id), q.getWorkspaceClaim(article.id, open), q.listAssignableUsers()]);
    await Promise.all([getClaimTimeline(open), findAlreadyChecked({ ...c!, articleId: a!.id }, "en"), listComments(appDb, open), c!.groupKey ? q.listGroupMembers(article.id, c!.groupKey, open) : []]);
  };
  const query = await timeMany(requests, layoutReads, 3);
  const queryWithClaim = await timeMany(requests, () => Promise.all([layoutReads(), panelReads()]), 3);
  const queryPanel = await timeMany(requests, () => Promise.all([requestReads(), panelReads()]), 3);

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
    // as a browser asks (gzip), or uncompressed: what the render costs without Next's gzip
    const page = async (qs: string, encoding = "gzip, deflate") => {
      const res = await fetch(`${base}/articles/${article.id}${qs}`, { headers: { cookie, "accept-language": "en", "accept-encoding": encoding } });
      if (!res.ok) throw new Error(`page answered ${res.status}`);
      return res.text();
    };
    const html = await page("");
    const plain = await timeMany(requests, () => page(""), 3);
    const identity = await timeMany(requests, () => page("", "identity"), 3);
    const withClaim = await timeMany(requests, () => page(`/claims/${open}`), 3);
    const filtered = await timeMany(requests, () => page(`?status=in_review&sort=score`), 3);

    // one interaction in the browser: j, and which list rows the DOM update touched
    const browser = await chromium.launch(existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] } : {});
    const context = await browser.newContext();
    const eq = cookie.indexOf("=");
    await context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), domain: "127.0.0.1", path: "/" }]);
    const tab = await context.newPage();
    await tab.goto(`${base}/articles/${article.id}/claims/${claims[10]!.id}`);
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
    const ratioClaim = withClaim.p50 / queryWithClaim.p50;
    const met = (r: number) => (r <= 3 ? "met" : "NOT met");
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    const md = `# Reviewer workspace benchmark

\`npm run bench:workspace\` (lib/cli/bench-workspace.ts): one article with **${claimCount} claims** (a verdict on every third, a source on every second, five statuses, duplicate groups, assignments) in a throwaway SQLite database, production build (\`next start\`, loopback), signed in as an admin. ${requests} requests per row after 3 warm-ups, one at a time.

Machine: ${cpu}, ${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}. Load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" / ")}.

The raw reads are the same \`lib/\` calls the pages make, timed directly in the benchmark process: the session lookup (Better Auth reads the session and its user) and the article check every request makes, the workspace layout's (\`getArticleQueue\`: the article, its scale and ${claimCount} claims with what their highlight and queue row show; the assignable users) and, with a claim open, the panel's (\`getWorkspaceClaim\` with its verdict history and sources, timeline, comments, already-checked search, duplicate group).

| What | p50 (ms) | p95 (ms) |
| --- | ---: | ---: |
| Raw reads behind the article page | ${f(query.p50)} | ${f(query.p95)} |
| Article page, server render over HTTP (${Math.round(html.length / 1024)} KiB HTML, gzipped by Next as a browser asks) | ${f(plain.p50)} | ${f(plain.p95)} |
| … the same page uncompressed (\`Accept-Encoding: identity\`; behind nginx, nginx compresses) | ${f(identity.p50)} | ${f(identity.p95)} |
| Raw reads behind the page with a claim open | ${f(queryWithClaim.p50)} | ${f(queryWithClaim.p95)} |
| … with a claim open (\`/claims/[claimId]\`: panel, timeline, comments, already-checked) | ${f(withClaim.p50)} | ${f(withClaim.p95)} |
| … filtered and sorted (\`?status=in_review&sort=score\`) | ${f(filtered.p50)} | ${f(filtered.p95)} |
| Raw reads of the panel alone (what moving to another claim reads) | ${f(queryPanel.p50)} | ${f(queryPanel.p95)} |

**Page ÷ reads (p50): ${ratio.toFixed(2)}×** without a claim open, **${ratioClaim.toFixed(2)}×** with one — target ≤ 3×: ${met(ratio)} / ${met(ratioClaim)} (judged on the gzipped page; uncompressed: ${(identity.p50 / query.p50).toFixed(2)}×).

Interaction (Chromium): pressing \`j\` to open the next claim — ${f(jMs.p50)} ms p50 / ${f(jMs.p95)} ms p95 until the list marks it (includes the server round trip for the new panel). List rows touched by the DOM update per press: at most **${maxRows}** of ${claimCount} (a MutationObserver on the list) — target "interactions don't re-render the whole list": ${maxRows <= 4 ? "met" : "NOT met"}.

How: the open claim is a path segment (\`/articles/[id]/claims/[claimId]\`) under a layout that holds the article text and the queue, so moving to another claim fetches and renders only the panel; the queue filters on the client from the URL's search string and its rows are memoised, so only the rows whose \`aria-current\` changed are written.
`;
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
