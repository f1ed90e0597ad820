export interface LabelRow {
  locale: string;
  label: string;
}

/** Picks a rating label for a locale: exact tag, then same language, then English, then any. */
export function pickLabel(labels: readonly LabelRow[], locale: string): string {
  const lang = locale.split("-")[0];
  return (
    labels.find((l) => l.locale === locale)?.label ??
    labels.find((l) => l.locale.split("-")[0] === lang)?.label ??
    labels.find((l) => l.locale === "en")?.label ??
    labels[0]?.label ??
    "?"
  );
}

/** The UI/report locale that matches an article language. */
export const localeForLanguage = (language: string): string => (language === "pt" ? "pt-BR" : "en");
