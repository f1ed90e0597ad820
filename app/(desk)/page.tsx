import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleTable } from "@/components/article-table";
import { VerdictChart } from "@/components/dashboard/verdict-chart";
import { listArticlesWithProgress } from "@/lib/articles/queries";
import { getDashboard } from "@/lib/review/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}
// Always read fresh progress: reviewers change it all day.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [articles, dash, locale, t] = await Promise.all([listArticlesWithProgress(), getDashboard(), getLocale(), getTranslations("dashboard")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <div className="dashboard">
        <section aria-labelledby="articles-title" className="wide">
          <h2 id="articles-title">{t("articles")}</h2>
          <p>
            <Link className="button" href="/articles/new">
              {t("import")}
            </Link>
          </p>
          {articles.length === 0 ? <p className="empty">{t("noArticles")}</p> : <ArticleTable articles={articles} />}
        </section>
        <section aria-labelledby="dist-title">
          <h2 id="dist-title">{t("distribution")}</h2>
          <VerdictChart distribution={dash.distribution} locale={locale} />
        </section>
        <section aria-labelledby="work-title">
          <h2 id="work-title">{t("work")}</h2>
          {dash.work.length === 0 ? (
            <p className="empty">{t("noWork")}</p>
          ) : (
            <table className="article-table" aria-labelledby="work-title">
              <thead>
                <tr>
                  <th scope="col">{t("person")}</th>
                  <th scope="col">{t("verdicts")}</th>
                  <th scope="col">{t("sources")}</th>
                  <th scope="col">{t("comments")}</th>
                  <th scope="col">{t("assignedOpen")}</th>
                </tr>
              </thead>
              <tbody>
                {dash.work.map((w) => (
                  <tr key={w.id}>
                    <th scope="row">{w.name}</th>
                    <td>{w.verdicts}</td>
                    <td>{w.sources}</td>
                    <td>{w.comments}</td>
                    <td>{w.assigned}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="waiting-title" className="wide">
          <h2 id="waiting-title">{t("waiting", { count: dash.waitingCount })}</h2>
          {dash.waiting.length === 0 ? (
            <p className="empty">{t("noneWaiting")}</p>
          ) : (
            <ul className="waiting">
              {dash.waiting.map((c) => (
                <li key={c.id}>
                  <Link href={`/articles/${c.articleId}?claim=${c.id}`}>{c.text}</Link> <span className="muted">— {c.article.title}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
