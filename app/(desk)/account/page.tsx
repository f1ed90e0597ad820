import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { getActor } from "@/lib/auth/actor";
import { changePasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = (await getActor())!; // the desk layout already required a session
  const t = await getTranslations("account");
  const tr = await getTranslations("header.roles");
  return (
    <div style={{ maxWidth: "30rem" }}>
      <h1>{t("title")}</h1>
      <p>
        {actor.name} · {actor.email} · {tr(actor.role)}
      </p>
      <h2>{t("changePassword")}</h2>
      <ChangePasswordForm action={changePasswordAction} />
    </div>
  );
}
