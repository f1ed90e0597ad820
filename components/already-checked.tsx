import { useTranslations } from "next-intl";
import Link from "next/link";
import type { AlreadyChecked } from "@/lib/review/already-checked";
import { claimPath } from "@/lib/review/paths";

/** Links to verdicts on the same claim in other articles: the work may already be done. */
export function AlreadyCheckedList({ matches }: { matches: AlreadyChecked[] }) {
  const t = useTranslations("alreadyChecked");
  if (matches.length === 0) return null;
  return (
    <section aria-label={t("label")} className="already-checked">
      <h3>{t("title")}</h3>
      <ul>
        {matches.map((m) => (
          <li key={m.claimId}>
            <Link href={claimPath(m.articleId, m.claimId)}>{m.text}</Link>{" "}
            <span className="muted">
              {t("in", { title: m.articleTitle, similarity: Math.round(m.similarity * 100) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
