import type { Metadata } from "next";
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
      {articles.length === 0 ? (
        <p>No articles yet. Add article files to <code>seeds/</code> and run <code>npm start</code> again.</p>
      ) : (
        <ArticleTable articles={articles} />
      )}
    </>
  );
}
