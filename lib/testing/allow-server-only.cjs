// Preloaded by the unit tests, CLIs and benchmarks (node --require): lets
// plain Node import modules marked `import "server-only"`, which otherwise
// throw outside Next's server bundles. Next's own builds are unaffected.
// (Running Node with --conditions=react-server would do the same, but it
// also swaps react-dom/server and the PDF renderer for their RSC builds.)
const Module = require("node:module");
const path = require("node:path");

const empty = path.join(process.cwd(), "node_modules", "server-only", "empty.js");
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveServerOnly(request, ...rest) {
  return request === "server-only" ? empty : resolve.call(this, request, ...rest);
};
