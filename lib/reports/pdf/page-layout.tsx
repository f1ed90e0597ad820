import type { ComponentProps } from "react";
import type { ReactPdf } from "./react-pdf";
import { pdfStyles as s } from "./styles";

type PageLayout = NonNullable<ComponentProps<ReactPdf["Page"]>["layout"]>;

/**
 * The page chrome around the report's content: the body (which holds the
 * inherited text styles) and the footer with the page number. react-pdf runs
 * it once per output page.
 *
 * Giving a <Page> a `layout` switches the document to react-pdf's newer
 * pagination engine (react-pdf ≥ 4.9), which measures the content once and
 * packs it into pages; the default engine lays out everything after a page
 * break again at every break, which made a long report take seconds. The new
 * engine wants repeating chrome here rather than as `fixed` elements.
 *
 * The content must be the <Page>'s own children, not one View around the
 * whole report: the engine gives up splitting a container whose children
 * seem to overlap, and yoga's float32 positions a few dozen pages down are
 * off by more than its 0.001pt tolerance, so a long report came out as one
 * clipped page. Page-level content has no such check. The body View here is
 * chrome, so it is not split: it only stretches over each page's flow area.
 *
 * A layout may not use hooks, and must render `children` exactly once.
 */
export function pageWithFooter(pdf: ReactPdf, footer: string): PageLayout {
  const { Text, View } = pdf;
  return function ReportPage({ children, pageNumber, totalPages }) {
    return (
      <>
        <View style={s.body}>{children}</View>
        <Text style={s.footer}>{`${footer} · ${pageNumber ?? ""} / ${totalPages ?? ""}`}</Text>
      </>
    );
  };
}
