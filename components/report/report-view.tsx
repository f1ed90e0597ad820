import Markdown from "react-markdown";
import type { ReportClaim, ReportModel, ReportSource } from "@/lib/reports/report-model";
import { formatReportDate, reportWords, type ReportWords } from "@/lib/reports/report-text";

interface Props {
  model: ReportModel;
  /** where a claim's heading links to (its own page); none when absent */
  claimHref?: (claim: ReportClaim) => string;
}

/**
 * The HTML fact-check report: article reference, each claim with speaker,
 * verdict, rationale and every source, then methodology and corrections
 * (IFCN: sources listed so readers can repeat the work). Rationale Markdown
 * goes through react-markdown, which renders no raw HTML and drops
 * javascript: links. All other text is React text, escaped.
 */
export function ReportView({ model, claimHref }: Props) {
  const w = reportWords(model.locale);
  const date = (iso: string) => formatReportDate(iso, model.locale);
  return (
    <div className="report" lang={model.locale}>
      <h1>
        {w.report}: <bdi>{model.article.title}</bdi>
      </h1>
      <dl className="report-meta">
        {model.article.url ? (
          <>
            <dt>{w.article}</dt>
            <dd>
              <a href={model.article.url} rel="noopener noreferrer nofollow">
                {model.article.url}
              </a>
            </dd>
          </>
        ) : null}
        {model.article.publisher ? (
          <>
            <dt>{w.publishedBy}</dt>
            <dd>{model.article.publisher}</dd>
          </>
        ) : null}
        {model.article.publishedAt ? (
          <>
            <dt>{w.published}</dt>
            <dd>{date(model.article.publishedAt)}</dd>
          </>
        ) : null}
        <dt>{w.generated}</dt>
        <dd>{date(model.generatedAt)}</dd>
        <dt>{w.reportBy}</dt>
        <dd>{model.organisation.name}</dd>
      </dl>
      {model.audience === "desk" ? <p className="report-note">{w.draftText}</p> : null}
      {model.claims.length === 0 ? <p>{w.noClaims}</p> : null}
      {model.claims.map((c, i) => (
        <ClaimSection key={c.id} claim={c} index={i} w={w} date={date} href={claimHref?.(c)} />
      ))}
      <Appendix model={model} w={w} />
    </div>
  );
}

function ClaimSection({ claim: c, index, w, date, href }: { claim: ReportClaim; index: number; w: ReportWords; date: (iso: string) => string; href?: string }) {
  const headingId = `report-claim-${c.id}`;
  return (
    <article className="report-claim" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {index + 1}. <bdi>{href ? <a href={href}>{c.text}</a> : c.text}</bdi>
      </h2>
      <dl>
        <dt>{w.speaker}</dt>
        <dd>
          <bdi>{c.speaker ?? w.articleVoice}</bdi>
        </dd>
        <dt>{w.verdict}</dt>
        <dd className="report-verdict">{c.verdict?.label ?? w.noVerdict}</dd>
        {c.verdict ? (
          <>
            <dt>{w.verdictDate}</dt>
            <dd>{date(c.verdict.approvedAt ?? c.verdict.createdAt)}</dd>
          </>
        ) : null}
      </dl>
      {c.verdict ? (
        <section className="report-rationale" aria-label={w.rationale}>
          <h3>{w.rationale}</h3>
          <Markdown skipHtml>{c.verdict.rationale}</Markdown>
        </section>
      ) : null}
      <h3>{w.sources}</h3>
      {c.sources.length === 0 ? <p>{w.noSources}</p> : null}
      <ol className="report-sources">
        {c.sources.map((s, j) => (
          <SourceItem key={j} source={s} w={w} />
        ))}
      </ol>
    </article>
  );
}

function SourceItem({ source: s, w }: { source: ReportSource; w: ReportWords }) {
  return (
    <li>
      <a href={s.url} rel="noopener noreferrer nofollow">
        <bdi>{s.title}</bdi>
      </a>
      {s.publisher ? (
        <>
          {" — "}
          <bdi>{s.publisher}</bdi>
        </>
      ) : null}{" "}({w.stanceLabel}: {w.stance[s.stance]})
      {s.archiveUrl ? (
        <>
          {" "}
          · <a href={s.archiveUrl} rel="noopener noreferrer nofollow">{w.archived}</a>
        </>
      ) : null}
      <span className="report-source-url">{s.url}</span>
      {s.excerpt ? (
        <blockquote>
          <bdi>{s.excerpt}</bdi>
        </blockquote>
      ) : null}
    </li>
  );
}

function Appendix({ model, w }: { model: ReportModel; w: ReportWords }) {
  return (
    <div className="report-appendix">
      <section aria-labelledby="report-methodology">
        <h2 id="report-methodology">{w.methodology}</h2>
        <p>
          {w.methodologyText} {model.audience === "public" ? w.approvalText : null}
        </p>
        <p>{w.scaleIntro}</p>
        <ul>
          {model.scale.ratings.map((r) => (
            <li key={r.key}>
              {r.label}
              {r.ratingValue === null ? ` (${w.offScale})` : ` (${r.ratingValue}/${model.scale.bestRating})`}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="report-corrections">
        <h2 id="report-corrections">{w.corrections}</h2>
        <p>{w.correctionsText(model.organisation.name, model.organisation.url)}</p>
      </section>
    </div>
  );
}
