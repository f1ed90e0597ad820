/**
 * Guards deploy/nginx/claimdesk.conf: it renders the way the benchmark
 * renders it, nginx accepts it, the safety rules are written in it, and —
 * with a stand-in app server behind a real nginx — a signed-in request is
 * never answered from, nor stored in, the cache. The nginx parts are skipped
 * (with the reason) when nginx is not installed.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import net from "node:net";
import { rmSync } from "node:fs";
import { readSiteTemplate, renderMain, renderSite } from "./nginx-config";
import { findNginx, installHint, startNginx, testNginxConfig, writeNginxConfig } from "./nginx-process";

const nginx = findNginx();
const skipWithoutNginx = nginx ? false : `nginx is not installed (${installHint})`;

/** The config's directives, comments dropped, so a commented-out rule does not count. */
function directives(conf: string): string {
  return conf
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean)
    .join("\n");
}

/** The arguments of every occurrence of `name` (a directive). */
function argsOf(conf: string, name: string): string[][] {
  return [...directives(conf).matchAll(new RegExp(`^${name}\\s+([^;\\n]*);`, "gm"))].map((m) => m[1]!.trim().split(/\s+/));
}

test("renders this run's listen address, app servers and cache folder, and nothing else", () => {
  const template = readSiteTemplate();
  const out = renderSite(template, { listen: "127.0.0.1:3360", upstreams: ["127.0.0.1:3350", "127.0.0.1:3351"], cacheDir: "/tmp/x/cache" });
  assert.deepEqual(argsOf(out, "listen"), [["127.0.0.1:3360"]]);
  assert.deepEqual(
    argsOf(out, "server").map((a) => a[0]),
    ["127.0.0.1:3350", "127.0.0.1:3351"],
  );
  assert.equal(argsOf(out, "proxy_cache_path")[0]?.[0], "/tmp/x/cache");
  // everything else is the deploy file line for line
  const changed = /^\s*(listen|server|proxy_cache_path)\s/;
  assert.deepEqual(
    out.split("\n").filter((l) => !changed.test(l)),
    template.split("\n").filter((l) => !changed.test(l)),
  );
  const main = renderMain({ prefix: "/tmp/x", siteFile: "/tmp/x/claimdesk.conf" });
  assert.match(main, /include \/tmp\/x\/claimdesk\.conf;/);
  assert.doesNotMatch(main, /\/var\//, "every writable path stays in the temp folder");
});

test("rendering fails loudly when the deploy file no longer has what it replaces, or on an unsafe value", () => {
  const template = readSiteTemplate();
  const opts = { listen: "127.0.0.1:3360", upstreams: ["127.0.0.1:3350"], cacheDir: "/tmp/x/cache" };
  assert.throws(() => renderSite(template.replace(/^\s*listen\s.*$/m, ""), opts), /listen/);
  assert.throws(() => renderSite(template.replace(/^proxy_cache_path.*$/m, ""), opts), /proxy_cache_path/);
  assert.throws(() => renderSite(template, { ...opts, listen: "80; include /etc/passwd" }), /unsafe/);
  assert.throws(() => renderSite(template, { ...opts, upstreams: [] }), /app server/);
});

test("the safety rules are written in the config", () => {
  const conf = directives(readSiteTemplate());
  const bypass = argsOf(conf, "proxy_cache_bypass").flat();
  const noCache = argsOf(conf, "proxy_no_cache").flat();
  // a request that may be signed in is neither answered from the cache nor stored in it
  for (const v of ["$http_cookie", "$http_authorization"]) {
    assert.ok(bypass.includes(v), `proxy_cache_bypass covers ${v}`);
    assert.ok(noCache.includes(v), `proxy_no_cache covers ${v}`);
  }
  assert.ok(noCache.includes("$upstream_http_set_cookie"), "responses that set a cookie are not stored");
  // only responses the app marked public: the map answers "" (store) for `public` alone
  assert.ok(noCache.includes("$claimdesk_not_public"));
  assert.match(conf, /map \$upstream_http_cache_control \$claimdesk_not_public \{\n"~\*\\bpublic\\b" "";\ndefault\s+1;\n\}/);
  // nor a copy Next calls stale (it would keep the feed a second TTL behind)
  assert.ok(noCache.includes("$claimdesk_app_stale"));
  // freshness comes from the app's Cache-Control only; nothing overrides it
  for (const forbidden of ["proxy_cache_valid", "proxy_ignore_headers", "proxy_cache_methods", "proxy_hide_header", "proxy_cache_convert_head"]) {
    assert.equal(argsOf(conf, forbidden).length, 0, `${forbidden} is not used`);
  }
  // the sign-in rate limit trusts the first X-Forwarded-For entry: nginx sets it, never appends
  const setHeaders = new Map(argsOf(conf, "proxy_set_header").map((a) => [a[0]!.toLowerCase(), a.slice(1).join(" ")]));
  assert.equal(setHeaders.get("x-forwarded-for"), "$remote_addr");
  assert.doesNotMatch(conf, /\$proxy_add_x_forwarded_for/);
  assert.equal(setHeaders.get("x-forwarded-host"), "$host");
  assert.equal(setHeaders.get("x-forwarded-proto"), "$scheme");
  assert.equal(setHeaders.get("host"), "$host");
  assert.equal(setHeaders.get("connection"), '""');
  assert.deepEqual(argsOf(conf, "proxy_cache_lock"), [["on"]]);
  const stale = argsOf(conf, "proxy_cache_use_stale").flat();
  for (const v of ["updating", "error", "timeout"]) assert.ok(stale.includes(v), `proxy_cache_use_stale ${v}`);
  assert.deepEqual(argsOf(conf, "add_header"), [["X-Cache-Status", "$upstream_cache_status", "always"]]);
  assert.ok(argsOf(conf, "keepalive").length === 1 && argsOf(conf, "proxy_http_version")[0]?.[0] === "1.1", "keep-alive to the app");
});

test("nginx -t accepts the rendered config", { skip: skipWithoutNginx }, () => {
  const files = writeNginxConfig({ port: 3369, upstreams: ["127.0.0.1:3350"] });
  try {
    const r = testNginxConfig(nginx!, files);
    assert.ok(r.ok, r.output);
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
});

// ---- behaviour, through a real nginx --------------------------------------------

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A stand-in app server: each path answers with the caching headers named by it, and a fresh body every time. */
function standInApp(): Promise<{ port: number; close: () => Promise<void> }> {
  let n = 0;
  const headersFor: Record<string, Record<string, string>> = {
    "/public": { "Cache-Control": "public, max-age=60" },
    "/public-stale": { "Cache-Control": "public, max-age=60", "x-nextjs-cache": "STALE" }, // Next's expired copy, served while it re-renders
    "/public-set-cookie": { "Cache-Control": "public, max-age=60", "Set-Cookie": "s=1; Path=/; HttpOnly" },
    "/s-maxage": { "Cache-Control": "s-maxage=60, stale-while-revalidate=31535940" }, // what Next adds to the feed's 404
    "/max-age-only": { "Cache-Control": "max-age=60" },
    "/private": { "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" },
    "/none": {},
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const extra = headersFor[url.pathname];
    if (!extra) {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.stringify({ n: ++n, cookie: req.headers.cookie ?? null, xff: req.headers["x-forwarded-for"] ?? null, xfh: req.headers["x-forwarded-host"] ?? null });
    res.writeHead(200, { "Content-Type": "application/json", ...extra }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ port: (server.address() as net.AddressInfo).port, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

test("through nginx: only public responses are cached, and never for or from a signed-in request", { skip: skipWithoutNginx }, async () => {
  const app = await standInApp();
  const proxy = await startNginx(nginx!, { port: await freePort(), upstreams: [`127.0.0.1:${app.port}`] });
  try {
    const get = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(proxy.url + path, { headers });
      return { status: res.headers.get("x-cache-status"), body: (await res.json()) as { n: number; cookie: string | null; xff: string | null; xfh: string | null } };
    };
    // public: stored on the first request, served from the cache after
    const first = await get("/public");
    const second = await get("/public");
    assert.equal(first.status, "MISS");
    assert.equal(second.status, "HIT");
    assert.equal(second.body.n, first.body.n);
    // a cookie or an Authorization header goes to the app, and its answer is its own
    const signedIn = await get("/public", { cookie: "better-auth.session_token=abc" });
    assert.equal(signedIn.status, "BYPASS");
    assert.equal(signedIn.body.cookie, "better-auth.session_token=abc");
    assert.equal((await get("/public", { authorization: "Bearer abc" })).status, "BYPASS");
    // … and is not stored: a signed-in request to an uncached address, then an anonymous one
    const mine = await get("/public?fresh", { cookie: "better-auth.session_token=abc" });
    const theirs = await get("/public?fresh");
    assert.equal(mine.status, "BYPASS");
    assert.equal(theirs.status, "MISS");
    assert.equal(theirs.body.cookie, null);
    // not stored: Next's stale copy, sets a cookie, not marked public (Next's s-maxage on the 404, a bare max-age), private, no header
    for (const path of ["/public-stale", "/public-set-cookie", "/s-maxage", "/max-age-only", "/private", "/none"]) {
      const a = await get(path);
      const b = await get(path);
      assert.notEqual(b.status, "HIT", `${path} must not be cached`);
      assert.notEqual(a.body.n, b.body.n, `${path} reached the app twice`);
    }
    // forwarding headers are set, not passed on from the client
    const spoofed = await get("/none", { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example" });
    assert.equal(spoofed.body.xff, "127.0.0.1");
    assert.equal(spoofed.body.xfh, "127.0.0.1");
    // nginx compresses what the app sends uncompressed (CLAIMDESK_COMPRESS=off behind it)
    const zipped = await fetch(proxy.url + "/none", { headers: { "accept-encoding": "gzip" } });
    assert.equal(zipped.headers.get("content-encoding"), "gzip");
    assert.equal(((await zipped.json()) as { xff: string }).xff, "127.0.0.1");
  } finally {
    await proxy.stop();
    await app.close();
  }
});
