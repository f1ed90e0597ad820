import { useTranslations } from "next-intl";
import type { WorkspaceClaim } from "@/lib/review/queries";
import { stanceSchema } from "@/lib/schemas/source";

const stanceIcons = { supports: "✓", refutes: "✗", context: "ℹ" } as const;

export function SourceList({ sources }: { sources: WorkspaceClaim["sources"] }) {
  const t = useTranslations("source");
  if (sources.length === 0) return <p className="muted">{t("empty")}</p>;
  return (
    <ul className="sources" aria-label={t("listLabel")}>
      {sources.map((s) => {
        const stance = stanceSchema.safeParse(s.stance);
        return (
          <li key={s.id}>
            <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
              {s.title}
            </a>
            <div className="claim-meta">
              <span className={`badge stance stance-${stance.success ? stance.data : "unknown"}`}>
                <span aria-hidden="true">{stance.success ? stanceIcons[stance.data] : ""} </span>
                {stance.success ? t(`stances.${stance.data}`) : s.stance}
              </span>
              {s.publisher ? <span>{s.publisher}</span> : null}
              {s.archiveUrl ? (
                <a href={s.archiveUrl} rel="noopener noreferrer nofollow" target="_blank">
                  {t("archived")}
                </a>
              ) : null}
              <span>{t("addedBy", { name: s.addedBy?.name ?? t("unknown") })}</span>
            </div>
            {s.excerpt ? <blockquote>{s.excerpt}</blockquote> : null}
          </li>
        );
      })}
    </ul>
  );
}
