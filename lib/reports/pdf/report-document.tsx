import type { ReportModel } from "../report-model";
import { pdfSafeText as t } from "../pdf-text";
import { formatReportDate, reportWords } from "../report-text";
import { ClaimBlock } from "./claim-block";
import { pageWithFooter } from "./page-layout";
import type { ReactPdf } from "./react-pdf";
import { pdfStyles as s } from "./styles";

/** The PDF report: the same sections as the HTML report, laid out for A4. */
export function ReportDocument({ pdf, model }: { pdf: ReactPdf; model: ReportModel }) {
  const { Document, Link, Page, Text, View } = pdf;
  const w = reportWords(model.locale);
  const date = memoDate(model.locale);
  const title = `${w.report}: ${model.article.title}`;
  // One <Page> whose children are the content itself, flowing from sheet to
  // sheet; the body View and the footer come from the layout (page-layout.tsx says why).
  return (
    <Document title={t(title)} author={t(model.organisation.name)} creator="Claimdesk" producer="Claimdesk" language={model.locale}>
      <Page size="A4" style={s.page} wrap layout={pageWithFooter(pdf, t(model.organisation.name))}>
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
        {model.claims.map((c, i) => (
          <ClaimBlock key={c.id} pdf={pdf} claim={c} index={i} w={w} date={date} />
        ))}
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
      </Page>
    </Document>
  );
}

/** Dates repeat across claims (most verdicts share a day), and each formatting builds an Intl formatter. */
function memoDate(locale: ReportModel["locale"]): (iso: string) => string {
  const seen = new Map<string, string>();
  return (iso) => {
    let text = seen.get(iso);
    if (text === undefined) seen.set(iso, (text = formatReportDate(iso, locale)));
    return text;
  };
}
