import Markdown from "react-markdown";
import type { ReportModel } from "@/lib/reports/report-model";
import { formatReportDate, reportWords } from "@/lib/reports/report-text";

/**
 * The HTML fact-check report. Rationale Markdown goes through react-markdown,
 * which renders no raw HTML and drops javascript: links.
 */
export function ReportView({ model }: { model: ReportModel }) {
  const w = reportWords(model.locale);
  const date = (iso: string) => formatReportDate(iso, model.locale);
  return (
    <div className="report" lang={model.locale}>
      <h1>
        {w.report}: {model.article.title}
      </h1>
      <ul>
        {model.article.url ? (
          <li>
            {w.article}: <a href={model.article.url}>{model.article.url}</a>
          </li>
        ) : null}
        {model.article.publisher ? <li>{w.publishedBy}: {model.article.publisher}</li> : null}
        {model.article.publishedAt ? <li>{w.published}: {date(model.article.publishedAt)}</li> : null}
        <li>
          {w.generated}: {date(model.generatedAt)}
        </li>
      </ul>
      {model.claims.length === 0 ? <p>{w.noClaims}</p> : null}
      {model.claims.map((c, i) => (
        <article key={c.id} aria-labelledby={`report-claim-${c.id}`}>
          <h2 id={`report-claim-${c.id}`}>
            {i + 1}. {c.text}
          </h2>
          <p>
            {w.speaker}: {c.speaker ?? w.articleVoice}
            <br />
            {w.verdict}: <strong>{c.verdict?.label ?? w.noVerdict}</strong>
          </p>
          {c.verdict ? (
            <>
              <h3>{w.rationale}</h3>
              <Markdown>{c.verdict.rationale}</Markdown>
            </>
          ) : null}
          <h3>{w.sources}</h3>
          {c.sources.length === 0 ? <p>{w.noSources}</p> : null}
          <ul>
            {c.sources.map((s, j) => (
              <li key={j}>
                <a href={s.url} rel="noopener noreferrer nofollow">
                  {s.title}
                </a>
                {s.publisher ? ` — ${s.publisher}` : null} ({w.stance[s.stance]})
                {s.archiveUrl ? (
                  <>
                    {" "}
                    · <a href={s.archiveUrl} rel="noopener noreferrer nofollow">{w.archived}</a>
                  </>
                ) : null}
                {s.excerpt ? <blockquote>{s.excerpt}</blockquote> : null}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </div>
  );
}
