import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/set-locale-action";
import { localeNames, locales } from "@/lib/i18n/locales";

/**
 * Two buttons, one per language, in a plain form: works without JavaScript
 * and from the keyboard; the current language is marked with aria-pressed.
 */
export async function LanguageSwitch() {
  const current = await getLocale();
  const t = await getTranslations("header");
  return (
    <form action={setLocaleAction} className="language-switch" aria-label={t("language")}>
      {locales.map((l) => (
        <button key={l} type="submit" name="locale" value={l} lang={l} aria-pressed={l === current} className="button secondary small">
          {localeNames[l]}
        </button>
      ))}
    </form>
  );
}
