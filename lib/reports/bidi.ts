/**
 * Explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069). In a file viewed as plain text (CSV in a spreadsheet,
 * Markdown) an unterminated override reverses everything after it on the
 * line, so text can be made to look like something else ("Trojan Source").
 * The text formats drop them; right-to-left letters and the harmless
 * LRM/RLM marks stay. JSON keeps the text exactly; HTML isolates it in <bdi>.
 */
export function stripBidiControls(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, "");
}
