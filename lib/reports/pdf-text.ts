/**
 * The PDF uses the standard Helvetica font, which covers Windows-1252
 * (WinAnsi): every Portuguese and Western European letter, typographic quotes
 * and dashes, €. Anything else (emoji, right-to-left text, other scripts)
 * has no glyph, so it is changed here, in the PDF only: bidi and zero-width
 * controls are dropped, letters with marks are decomposed where the base
 * letter exists, and the rest becomes "?" (never a crash or a blank box).
 */
const winAnsiExtra = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const dropped = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]|\uD83C[\uDFFB-\uDFFF]|\uDB40[\uDC00-\uDCFF]/g;

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return code === 0x0a || code === 0x09 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtra.has(ch);
}

export function pdfSafeText(text: string): string {
  let out = "";
  let replaced = false; // a flag or a family emoji is several code points: one "?" is enough
  for (const ch of text.replace(/\r\n?/g, "\n").replace(dropped, "")) {
    const base = isWinAnsi(ch) ? ch : ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    if (base && [...base].every(isWinAnsi)) {
      out += base;
      replaced = false;
    } else if (!replaced) {
      out += "?";
      replaced = true;
    }
  }
  return out;
}
