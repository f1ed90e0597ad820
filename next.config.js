// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Body size limit for server actions (article import, sources): explicit, not a default.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  poweredByHeader: false,
  typedRoutes: false,
};

module.exports = nextConfig;
