import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleTable } from "@/components/article-table";
import { VerdictChart } from "@/components/dashboard/verdict-chart";
import { listArticlesPage } from "@/lib/articles/list-articles-page";
import { db } from "@/lib/db/client";
import { createdAtIdKey, validCursorOrNull } from "@/lib/db/keyset";
import { pageQuerySchema } from "@/lib/schemas/page-query";
import { agreementByArticle } from "@/lib/review/agreement-by-article";
import { getDashboard } from "@/lib/review/dashboard";
import { claimPath } from "@/lib/review/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}
// Always read fresh progress: reviewers change it all day.
export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // A hand-edited page address falls back to the first page rather than an error.
  const query = pageQuerySchema.safeParse(await searchParams);
  const cursor = validCursorOrNull(createdAtIdKey, query.success ? query.data.cursor : undefined);
  const [page, dash, locale, t] = await Promise.all([
    listArticlesPage(db, { limit: 50, cursor }),
    getDashboard(),
    getLocale(),
    getTranslations("dashboard"),
  ]);
  const articles = page.items;
  const agreement = await agreementByArticle(articles.map((a) => a.id));
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
          {articles.length === 0 ? <p className="empty">{t("noArticles")}</p> : <ArticleTable articles={articles} agreement={agreement} />}
          {cursor || page.nextCursor ? (
            <p className="actions-row">
              {cursor ? <Link href="/">{t("newest")}</Link> : null}
              {page.nextCursor ? <Link href={`/?cursor=${encodeURIComponent(page.nextCursor)}`}>{t("older")}</Link> : null}
            </p>
          ) : null}
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
                  <Link href={claimPath(c.articleId, c.id)}>{c.text}</Link> <span className="muted">— {c.article.title}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
