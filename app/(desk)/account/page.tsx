import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { getActor } from "@/lib/auth/actor";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = (await getActor())!; // the desk layout already required a session
  return (
    <div style={{ maxWidth: "30rem" }}>
      <h1>Account</h1>
      <p>
        {actor.name} · {actor.email} · {actor.role}
      </p>
      <h2>Change password</h2>
      <ChangePasswordForm action={changePasswordAction} />
    </div>
  );
}
