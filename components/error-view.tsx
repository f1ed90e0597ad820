"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";

/** What an error boundary shows: what happened, that saved work is safe, a retry and a way back. */
export function ErrorView({ reset, titleKey }: { reset: () => void; titleKey: "article" | "page" }) {
  const t = useTranslations("errorPage");
  return (
    <div role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t(titleKey)}</h1>
      <p>{t("text")}</p>
      <p>
        <button type="button" onClick={reset}>
          {t("retry")}
        </button>{" "}
        <Link href="/">{t("back")}</Link>
      </p>
    </div>
  );
}
