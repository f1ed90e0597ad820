/**
 * @react-pdf/renderer is published as ES modules only, and its package
 * exports have no `require` condition. tsx (the CLI, unit tests, the
 * benchmark) compiles this project to CommonJS, where a static import
 * becomes require() and fails; import() works everywhere, Next included.
 * So the library is loaded once here and handed to the PDF components.
 */
export type ReactPdf = typeof import("@react-pdf/renderer");

let loading: Promise<ReactPdf> | undefined;

export function loadReactPdf(): Promise<ReactPdf> {
  loading ??= import("@react-pdf/renderer").then((pdf) => {
    // The bundled hyphenation patterns are English: they would split
    // Portuguese words wrongly, and hyphenating every word is the slowest
    // part of text layout. Words are kept whole; lines break between them.
    pdf.Font.registerHyphenationCallback((word) => [word]);
    return pdf;
  });
  return loading;
}
