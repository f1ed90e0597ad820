import type { Metadata } from "next";
import Link from "next/link";
import { listArticlesWithProgress } from "@/lib/articles/queries";
import { ArticleTable } from "@/components/article-table";

export const metadata: Metadata = { title: "Articles" };
// Always read fresh progress: reviewers change it all day.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const articles = await listArticlesWithProgress();
  return (
    <>
      <h1>Articles</h1>
      <p>
        <Link className="button" href="/articles/new">
          Import an article
        </Link>
      </p>
      {articles.length === 0 ? (
        <p>No articles yet. Import one to start: its claims are listed as soon as it is stored.</p>
      ) : (
        <ArticleTable articles={articles} />
      )}
    </>
  );
}
