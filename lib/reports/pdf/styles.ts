// Helvetica is one of the 14 standard PDF fonts: nothing to embed or fetch,
// and it covers every Portuguese letter (see ../pdf-text.ts for the rest).
export const pdfStyles = {
  // lineHeight lives on the body (page-layout.tsx), not the page, so the
  // footer keeps the font's own line height. flexGrow: the body spans the
  // page's flow area, which is where the pagination engine packs content.
  page: { fontFamily: "Helvetica", fontSize: 10, paddingTop: 48, paddingBottom: 56, paddingHorizontal: 48, color: "#111111" },
  body: { lineHeight: 1.4, flexGrow: 1 },
  title: { fontFamily: "Helvetica-Bold", fontSize: 17, marginBottom: 8 },
  meta: { fontSize: 9, color: "#333333", marginBottom: 2 },
  note: { fontSize: 9, marginTop: 6, padding: 6, borderLeftWidth: 3, borderLeftColor: "#ca8a04", backgroundColor: "#fefce8" },
  claim: { marginTop: 14, paddingTop: 8, borderTopWidth: 1, borderTopColor: "#cbd2d9" },
  claimText: { fontFamily: "Helvetica-Bold", fontSize: 12, marginBottom: 4 },
  field: { fontSize: 10, marginBottom: 1 },
  label: { fontFamily: "Helvetica-Bold" },
  heading: { fontFamily: "Helvetica-Bold", fontSize: 10.5, marginTop: 8, marginBottom: 3 },
  mdHeading: { fontFamily: "Helvetica-Bold", marginTop: 4, marginBottom: 2 },
  paragraph: { marginBottom: 4 },
  bold: { fontFamily: "Helvetica-Bold" },
  italic: { fontFamily: "Helvetica-Oblique" },
  code: { fontFamily: "Courier" },
  pre: { marginBottom: 4, padding: 4, backgroundColor: "#f5f7fa" },
  quote: { marginBottom: 4, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: "#cbd2d9" },
  list: { marginBottom: 4, paddingLeft: 8 },
  listItem: { flexDirection: "row", marginBottom: 2 },
  listBody: { flex: 1 },
  link: { color: "#1d4ed8", textDecoration: "none" },
  rule: { borderBottomWidth: 1, borderBottomColor: "#cbd2d9", marginVertical: 4 },
  source: { marginBottom: 6, paddingLeft: 8 },
  sourceUrl: { fontSize: 8.5, color: "#333333" },
  excerpt: { fontFamily: "Helvetica-Oblique", fontSize: 9 },
  appendix: { marginTop: 18, paddingTop: 8, borderTopWidth: 2, borderTopColor: "#111111" },
  footer: { position: "absolute", bottom: 24, left: 48, right: 48, fontSize: 8, color: "#52606d", textAlign: "right" },
} as const;
