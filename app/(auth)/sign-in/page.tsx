import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getActor } from "@/lib/auth/actor";
import { signInSchema } from "@/lib/schemas/user";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = signInSchema.shape.next.parse((await searchParams).next) ?? "/";
  if (await getActor()) redirect(next);
  return (
    <div style={{ maxWidth: "26rem" }}>
      <h1>Sign in to Claimdesk</h1>
      <SignInForm next={next} action={signInAction} />
      <p className="muted">Published fact-checks are public and need no account.</p>
    </div>
  );
}
