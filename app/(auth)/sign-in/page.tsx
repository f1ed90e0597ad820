import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getActor } from "@/lib/auth/actor";
import { signInSchema } from "@/lib/schemas/user";
import { signInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("submit") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = signInSchema.shape.next.parse((await searchParams).next) ?? "/";
  if (await getActor()) redirect(next);
  const t = await getTranslations("signIn");
  return (
    <div style={{ maxWidth: "26rem" }}>
      <h1>{t("title")}</h1>
      <SignInForm next={next} action={signInAction} />
      <p className="muted">{t("publicNote")}</p>
    </div>
  );
}
