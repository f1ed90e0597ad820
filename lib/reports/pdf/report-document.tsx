import type { ReportClaim, ReportModel } from "../report-model";
import { pdfSafeText as t } from "../pdf-text";
import { formatReportDate, reportWords, type ReportWords } from "../report-text";
import { PdfMarkdown } from "./markdown-pdf";
import type { ReactPdf } from "./react-pdf";
import { pdfStyles as s } from "./styles";

/**
 * react-pdf lays out the rest of a <Page> again at every page break, so one
 * <Page> holding 200 claims takes quadratic time. Claims go in groups, each
 * its own <Page> element (a group starts on a new sheet and wraps as needed).
 */
const CLAIMS_PER_PAGE_GROUP = 8;

/** The PDF report: the same sections as the HTML report, laid out for A4. */
export function ReportDocument({ pdf, model }: { pdf: ReactPdf; model: ReportModel }) {
  const { Document, Link, Page, Text, View } = pdf;
  const w = reportWords(model.locale);
  const date = (iso: string) => formatReportDate(iso, model.locale);
  const title = `${w.report}: ${model.article.title}`;
  const chunks: ReportClaim[][] = [];
  for (let i = 0; i < model.claims.length; i += CLAIMS_PER_PAGE_GROUP) chunks.push(model.claims.slice(i, i + CLAIMS_PER_PAGE_GROUP));
  if (chunks.length === 0) chunks.push([]);
  return (
    <Document title={t(title)} author={t(model.organisation.name)} creator="Claimdesk" producer="Claimdesk" language={model.locale}>
      {chunks.map((claims, chunk) => (
        <Page key={chunk} size="A4" style={s.page} wrap>
          <View style={s.body}>
            {chunk === 0 ? (
              <>
                <Text style={s.title}>{t(title)}</Text>
                {model.article.url ? (
                  <Text style={s.meta}>
                    {w.article}: <Link src={model.article.url}>{t(model.article.url)}</Link>
                  </Text>
                ) : null}
                {model.article.publisher ? <Text style={s.meta}>{t(`${w.publishedBy}: ${model.article.publisher}`)}</Text> : null}
                {model.article.publishedAt ? <Text style={s.meta}>{t(`${w.published}: ${date(model.article.publishedAt)}`)}</Text> : null}
                <Text style={s.meta}>{t(`${w.generated}: ${date(model.generatedAt)}`)}</Text>
                <Text style={s.meta}>{t(`${w.reportBy}: ${model.organisation.name}`)}</Text>
                {model.audience === "desk" ? <Text style={s.note}>{t(w.draftText)}</Text> : null}
                {model.claims.length === 0 ? <Text style={s.paragraph}>{t(w.noClaims)}</Text> : null}
              </>
            ) : null}
            {claims.map((c, i) => (
              <ClaimBlock key={c.id} pdf={pdf} claim={c} index={chunk * CLAIMS_PER_PAGE_GROUP + i} w={w} date={date} />
            ))}
            {chunk === chunks.length - 1 ? (
              <View style={s.appendix}>
                <Text style={s.heading}>{t(w.methodology)}</Text>
                <Text style={s.paragraph}>{t(`${w.methodologyText}${model.audience === "public" ? ` ${w.approvalText}` : ""}`)}</Text>
                <Text style={s.paragraph}>{t(w.scaleIntro)}</Text>
                {model.scale.ratings.map((r) => (
                  <Text key={r.key} style={s.field}>
                    {t(`• ${r.label} (${r.ratingValue === null ? w.offScale : `${r.ratingValue}/${model.scale.bestRating}`})`)}
                  </Text>
                ))}
                <Text style={s.heading}>{t(w.corrections)}</Text>
                <Text style={s.paragraph}>{t(w.correctionsText(model.organisation.name, model.organisation.url))}</Text>
              </View>
            ) : null}
          </View>
          <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `${t(model.organisation.name)} · ${pageNumber} / ${totalPages}`} />
        </Page>
      ))}
    </Document>
  );
}

interface ClaimBlockProps {
  pdf: ReactPdf;
  claim: ReportClaim;
  index: number;
  w: ReportWords;
  date: (iso: string) => string;
}

function ClaimBlock({ pdf, claim: c, index, w, date }: ClaimBlockProps) {
  // Layout time grows with the number of blocks (react-pdf lays out each one
  // again at page breaks), so a claim is four blocks: the header, the
  // rationale, the sources heading and the sources, with styled runs inside.
  const { Link, Text, View } = pdf;
  return (
    <View style={s.claim}>
      <Text style={s.field}>
        <Text style={s.claimText}>{t(`${index + 1}. ${c.text}`)}</Text>
        {"\n"}
        <Text style={s.label}>{w.speaker}: </Text>
        {t(c.speaker ?? w.articleVoice)}
        {"\n"}
        <Text style={s.label}>{w.verdict}: </Text>
        <Text style={s.bold}>{t(c.verdict?.label ?? w.noVerdict)}</Text>
        {c.verdict ? t(` (${w.verdictDate}: ${date(c.verdict.approvedAt ?? c.verdict.createdAt)})`) : ""}
        {c.verdict ? (
          <>
            {"\n"}
            <Text style={s.label}>{w.rationale}:</Text>
          </>
        ) : null}
      </Text>
      {c.verdict ? <PdfMarkdown pdf={pdf} source={c.verdict.rationale} /> : null}
      <Text style={s.heading}>{w.sources}</Text>
      <Text style={s.source}>
        {c.sources.length === 0 ? t(w.noSources) : null}
        {c.sources.map((src, j) => (
          <Text key={j}>
            {j > 0 ? "\n\n" : ""}
            {`${j + 1}. `}
            <Link src={src.url} style={s.link}>
              {t(src.title)}
            </Link>
            {t(`${src.publisher ? ` — ${src.publisher}` : ""} (${w.stanceLabel}: ${w.stance[src.stance]})`)}
            <Text style={s.sourceUrl}>
              {"\n"}
              {t(src.url)}
              {src.archiveUrl ? t(`\n${w.archived}: ${src.archiveUrl}`) : ""}
            </Text>
            {src.excerpt ? <Text style={s.excerpt}>{t(`\n“${src.excerpt}”`)}</Text> : null}
          </Text>
        ))}
      </Text>
    </View>
  );
}
