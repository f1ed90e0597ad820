import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ArticlePageItem } from "@/lib/articles/list-articles-page";
import type { Agreement } from "@/lib/review/agreement";
import { ProgressMeter } from "./progress-meter";

/** Articles with their progress and, for blind-reviewed ones, the reviewers' agreement. */
export function ArticleTable({ articles, agreement }: { articles: ArticlePageItem[]; agreement: Map<string, Agreement> }) {
  const t = useTranslations("dashboard");
  return (
    <table className="article-table">
      <caption className="muted" style={{ textAlign: "left" }}>
        {t("progressCaption")}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("colTitle")}</th>
          <th scope="col">{t("language")}</th>
          <th scope="col">{t("claims")}</th>
          <th scope="col">{t("progress")}</th>
          <th scope="col">{t("agreement")}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => (
          <tr key={a.id}>
            <td>
              <Link href={`/articles/${a.id}`}>{a.title}</Link>
              {a.publisher ? <div className="muted">{a.publisher}</div> : null}
            </td>
            <td>{t(a.language === "pt" ? "portuguese" : "english")}</td>
            <td>{a.claimCount}</td>
            <td>
              <ProgressMeter done={a.reviewedCount} total={a.claimCount} label={t("progressOf", { title: a.title })} />
            </td>
            <td>{agreementText(agreement.get(a.id), t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function agreementText(a: Agreement | undefined, t: ReturnType<typeof useTranslations<"dashboard">>): string {
  if (!a || a.pairs === 0) return "—";
  return t("agreementValue", { kappa: a.kappa === null ? "—" : a.kappa.toFixed(2), pairs: a.pairs });
}
