// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Body size limit for server actions (article import, sources): explicit, not a default.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  poweredByHeader: false,
  // Lets parallel test runs (and the benchmarks) build into separate folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

module.exports = nextConfig;
