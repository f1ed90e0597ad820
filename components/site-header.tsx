import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const actor = await getActor();
  const t = await getTranslations("header");
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Claimdesk
      </Link>
      <nav aria-label={t("mainNav")}>
        {actor ? <Link href="/">{t("dashboard")}</Link> : null}
        {actor ? <Link href="/articles/new">{t("import")}</Link> : null}
        {actor?.role === "admin" ? <Link href="/admin/users">{t("users")}</Link> : null}
        {actor?.role === "admin" ? <Link href="/admin/scales">{t("scales")}</Link> : null}
      </nav>
      <div className="account-box">
        <LanguageSwitch />
        {actor ? (
          <>
            <Link href="/account">
              {actor.name} ({t(`roles.${actor.role}`)})
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="button secondary">
                {t("signOut")}
              </button>
            </form>
          </>
        ) : (
          <Link href="/sign-in">{t("signIn")}</Link>
        )}
      </div>
    </header>
  );
}
