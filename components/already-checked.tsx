import Link from "next/link";
import type { AlreadyChecked } from "@/lib/review/already-checked";

/** Links to verdicts on the same claim in other articles: the work may already be done. */
export function AlreadyCheckedList({ matches }: { matches: AlreadyChecked[] }) {
  if (matches.length === 0) return null;
  return (
    <section aria-label="Already checked" className="already-checked">
      <h3>Already checked elsewhere</h3>
      <ul>
        {matches.map((m) => (
          <li key={m.claimId}>
            <Link href={`/articles/${m.articleId}?claim=${m.claimId}`}>{m.text}</Link>{" "}
            <span className="muted">
              in “{m.articleTitle}” ({Math.round(m.similarity * 100)}% similar)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
