import { useTranslations } from "next-intl";

/** Grey placeholder blocks while a page loads; the words are for screen readers. */
export function Skeleton({ kind }: { kind: "article" | "dashboard" }) {
  const t = useTranslations("loading");
  return (
    <div className="skeleton" aria-busy="true">
      <p role="status" aria-live="polite" className="visually-hidden">
        {t(kind)}
      </p>
      <div className="sk sk-title" />
      {kind === "article" ? (
        <div className="workspace">
          <div>
            {Array.from({ length: 8 }, (_, i) => (
              <div key={i} className="sk sk-line" />
            ))}
          </div>
          <div>
            {Array.from({ length: 6 }, (_, i) => (
              <div key={i} className="sk sk-card" />
            ))}
          </div>
        </div>
      ) : (
        Array.from({ length: 5 }, (_, i) => <div key={i} className="sk sk-line" />)
      )}
    </div>
  );
}
