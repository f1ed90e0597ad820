// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");
const { z } = require("zod");

// Next gzips every response on the app server's own thread (35 ms of a
// 1,000-claim article page). Behind nginx (deploy/nginx/claimdesk.conf),
// which compresses in its own process, turn it off: CLAIMDESK_COMPRESS=off.
const compress =
  z
    .enum(["on", "off"], { error: "CLAIMDESK_COMPRESS must be on or off" })
    .default("on")
    .parse(process.env.CLAIMDESK_COMPRESS || undefined) === "on";

// UI messages per request (cookie / Accept-Language), see lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Body size limit for server actions (article import, sources): explicit, not a default.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  poweredByHeader: false,
  compress,
  // `npm test` runs `tsc --noEmit` over the whole project first; a second
  // type check inside every `next build` would only slow builds down.
  typescript: { ignoreBuildErrors: true },
  // Lets parallel test runs (and the benchmarks) build into separate folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  // The PDF renderer (pdfkit, fontkit, yoga) runs as plain Node code, not bundled.
  serverExternalPackages: ["@react-pdf/renderer"],
};

module.exports = withNextIntl(nextConfig);
