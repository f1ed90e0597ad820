import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale } from "./locales";

/** next-intl's per-request configuration (no locale in the URL: cookie, then Accept-Language). */
export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  const messages = (await import(`./messages/${locale}.json`)).default;
  // Dates are shown in UTC everywhere (the desk spans time zones; the label says so).
  return { locale, messages, timeZone: "UTC" };
});
