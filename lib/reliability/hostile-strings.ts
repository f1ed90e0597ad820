/**
 * Hostile text for every input: markup and script injection, dangerous URL
 * schemes, spreadsheet formulas, script-block breakouts, bidirectional
 * overrides, control characters and lone surrogates, oversized values.
 */
const xss = [
  "<script>window.__xss=1</script>",
  "<img src=x onerror=\"window.__xss=1\">",
  "<svg/onload=window.__xss=1>",
  "\"><script>window.__xss=1</script>",
  "'><img src=x onerror=window.__xss=1>",
  "<iframe src=\"javascript:window.__xss=1\"></iframe>",
  "<a href=\"javascript:window.__xss=1\">click</a>",
  "<details open ontoggle=window.__xss=1>",
  "<style>body{display:none}</style>",
  "{{constructor.constructor('window.__xss=1')()}}",
  "${alert(1)}",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
];
const urls = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/path",
  "http://",
  "https://exa mple.org/",
  "https://example.org/" + "a".repeat(5000),
];
const formulas = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"];
const breakouts = ["</script><script>window.__xss=1</script>", "<!--", "-->", "]]>", "</textarea><script>window.__xss=1</script>", "</title><script>window.__xss=1</script>"];
const unicode = [
  "\u202Eevil\u202C text", // right-to-left override
  "\u200F\u200E\u2066\u2069 marks",
  "emoji 🧪🔥👩🏽‍💻 and flags 🇧🇷",
  "null\u0000byte",
  "bell\u0007 and escape\u001b[31m",
  "lone \uD800 surrogate",
  "lone \uDFFF low surrogate",
  "zero\u200Bwidth",
  "\uFEFFbom first",
  "ÇÃÕ ação — “aspas” «guillemets»",
  "a".repeat(100_000),
  "superlongword".repeat(2000),
  " ",
  "",
  "\n\n\n",
];
const injection = ["'; DROP TABLE \"Claim\"; --", "\" OR 1=1 --", "../../etc/passwd", "%00", "%2e%2e%2f", "{\"$gt\":\"\"}", "__proto__", "constructor"];

export const hostileStrings: readonly string[] = [...xss, ...urls, ...formulas, ...breakouts, ...unicode, ...injection];

/** Values of the wrong type where a string is expected. */
export const hostileValues: readonly unknown[] = [null, 0, -1, 1e308, true, [], {}, ["a", "b"], { toString: "x" }, Number.NaN];
