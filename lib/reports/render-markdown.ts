import { stripBidiControls } from "./bidi";
import type { ReportModel } from "./report-model";
import { formatReportDate, reportWords } from "./report-text";

/**
 * Escapes text so Markdown shows it literally: a claim that contains
 * `[link](javascript:...)`, `<script>` or `# heading` must stay plain text.
 */
export function escapeMarkdown(text: string): string {
  return stripBidiControls(text).replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, "\\$&").replace(/\r?\n/g, " ");
}

/**
 * The rationale is the reviewer's own Markdown and stays Markdown, but a
 * Markdown file may be rendered by tools that pass raw HTML through: raw HTML
 * is escaped (`\<`), and links to anything but http(s), mailto or a relative
 * address lose their link syntax.
 */
export function safeRationale(markdown: string): string {
  return stripBidiControls(markdown)
    .replace(/[<>]/g, "\\$&")
    .replace(/\]\((?=\s*(?!https?:|mailto:)[a-z][a-z0-9+.-]*:)/gi, "]\\(")
    .replace(/^(\s{0,3}\[[^\]]+\]):(?=\s*(?!https?:|mailto:)[a-z][a-z0-9+.-]*:)/gim, "$1\\:");
}

/** A link whose destination cannot break out of the `<...>` form. */
const mdLink = (label: string, url: string) => `[${escapeMarkdown(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;

export function renderMarkdown(model: ReportModel): string {
  const w = reportWords(model.locale);
  const date = (iso: string) => formatReportDate(iso, model.locale);
  const lines: string[] = [`# ${w.report}: ${escapeMarkdown(model.article.title)}`, ""];
  if (model.article.url) lines.push(`- ${w.article}: ${mdLink(model.article.url, model.article.url)}`);
  if (model.article.publisher) lines.push(`- ${w.publishedBy}: ${escapeMarkdown(model.article.publisher)}`);
  if (model.article.publishedAt) lines.push(`- ${w.published}: ${date(model.article.publishedAt)}`);
  lines.push(`- ${w.generated}: ${date(model.generatedAt)}`, "");

  if (model.claims.length === 0) lines.push(w.noClaims, "");
  model.claims.forEach((claim, i) => {
    lines.push(`## ${i + 1}. ${escapeMarkdown(claim.text)}`, "");
    lines.push(`- ${w.speaker}: ${claim.speaker ? escapeMarkdown(claim.speaker) : w.articleVoice}`);
    lines.push(`- ${w.verdict}: **${claim.verdict ? escapeMarkdown(claim.verdict.label) : w.noVerdict}**`, "");
    if (claim.verdict) {
      // The rationale is the reviewer's own Markdown: quoted, made safe, not escaped.
      lines.push(`### ${w.rationale}`, "", ...safeRationale(claim.verdict.rationale).split(/\r?\n/).map((l) => `> ${l}`), "");
    }
    lines.push(`### ${w.sources}`, "");
    if (claim.sources.length === 0) lines.push(w.noSources);
    for (const s of claim.sources) {
      const meta = [s.publisher && escapeMarkdown(s.publisher), w.stance[s.stance]].filter(Boolean).join(", ");
      const archive = s.archiveUrl ? ` (${mdLink(w.archived, s.archiveUrl)})` : "";
      lines.push(`- ${mdLink(s.title, s.url)} — ${meta}${archive}`);
      if (s.excerpt) lines.push(`  > ${escapeMarkdown(s.excerpt)}`);
    }
    lines.push("");
  });
  return lines.join("\n");
}
