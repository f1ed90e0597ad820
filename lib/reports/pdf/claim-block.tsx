import { Fragment } from "react";
import type { ReportClaim } from "../report-model";
import { pdfSafeText as t } from "../pdf-text";
import type { ReportWords } from "../report-text";
import { PdfMarkdown } from "./markdown-pdf";
import type { ReactPdf } from "./react-pdf";
import { pdfStyles as s } from "./styles";

interface ClaimBlockProps {
  pdf: ReactPdf;
  claim: ReportClaim;
  index: number;
  w: ReportWords;
  date: (iso: string) => string;
}

/**
 * One claim: the header (claim, speaker, verdict), the rationale, the sources.
 * Every element costs style resolution and layout on each page it lands on,
 * so a claim is few blocks with styled runs inside, and adjacent strings are
 * joined into one run ("\n" included) instead of separate text nodes.
 */
export function ClaimBlock({ pdf, claim: c, index, w, date }: ClaimBlockProps) {
  const { Link, Text, View } = pdf;
  const verdict = c.verdict;
  return (
    <View style={s.claim}>
      <Text style={s.field}>
        <Text style={s.claimText}>{t(`${index + 1}. ${c.text}\n`)}</Text>
        <Text style={s.label}>{`${w.speaker}: `}</Text>
        {t(`${c.speaker ?? w.articleVoice}\n`)}
        <Text style={s.bold}>{t(`${w.verdict}: ${verdict?.label ?? w.noVerdict}`)}</Text>
        {verdict ? t(` (${w.verdictDate}: ${date(verdict.approvedAt ?? verdict.createdAt)})\n`) : null}
        {verdict ? <Text style={s.label}>{`${w.rationale}:`}</Text> : null}
      </Text>
      {verdict ? <PdfMarkdown pdf={pdf} source={verdict.rationale} /> : null}
      <Text style={s.heading}>{w.sources}</Text>
      <Text style={s.source}>
        {c.sources.length === 0 ? t(w.noSources) : null}
        {c.sources.map((src, j) => (
          <Fragment key={j}>
            {`${j > 0 ? "\n\n" : ""}${j + 1}. `}
            <Link src={src.url} style={s.link}>
              {t(src.title)}
            </Link>
            {t(`${src.publisher ? ` — ${src.publisher}` : ""} (${w.stanceLabel}: ${w.stance[src.stance]})`)}
            <Text style={s.sourceUrl}>{t(`\n${src.url}${src.archiveUrl ? `\n${w.archived}: ${src.archiveUrl}` : ""}`)}</Text>
            {src.excerpt ? <Text style={s.excerpt}>{t(`\n“${src.excerpt}”`)}</Text> : null}
          </Fragment>
        ))}
      </Text>
    </View>
  );
}
