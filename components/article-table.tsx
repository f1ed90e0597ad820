import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ArticlePageItem } from "@/lib/articles/list-articles-page";
import { ProgressMeter } from "./progress-meter";

export function ArticleTable({ articles }: { articles: ArticlePageItem[] }) {
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
          </tr>
        ))}
      </tbody>
    </table>
  );
}
