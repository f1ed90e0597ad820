/**
 * JSON for a `<script type="application/ld+json">` element. Inside a script
 * element the HTML parser ends the element at `</script` and treats `<!--`
 * specially, whatever JSON thinks of the string; escaping `<`, `>` and `&`
 * as \u003c, \u003e, \u0026 keeps every such sequence out while the JSON
 * still parses to the same value. U+2028/U+2029 are escaped for old
 * JavaScript parsers that treat them as line ends.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
