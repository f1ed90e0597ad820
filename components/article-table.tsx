import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/queries";
import { ProgressMeter } from "./progress-meter";

export function ArticleTable({ articles }: { articles: ArticleSummary[] }) {
  return (
    <table className="article-table">
      <caption className="muted" style={{ textAlign: "left" }}>
        Progress counts claims that have a verdict.
      </caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Language</th>
          <th scope="col">Claims</th>
          <th scope="col">Progress</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => (
          <tr key={a.id}>
            <td>
              <Link href={`/articles/${a.id}`}>{a.title}</Link>
              {a.publisher ? <div className="muted">{a.publisher}</div> : null}
            </td>
            <td>{a.language === "pt" ? "Portuguese" : "English"}</td>
            <td>{a.claimCount}</td>
            <td>
              <ProgressMeter done={a.reviewedCount} total={a.claimCount} label={`Progress of ${a.title}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
