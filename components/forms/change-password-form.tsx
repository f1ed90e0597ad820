"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { Field, FormStatus, fieldErrors } from "./field";

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stacked" aria-label="Change password" noValidate>
      <Field id="pw-current" label="Current password" errors={fieldErrors(state, "currentPassword")}>
        {(aria) => <input {...aria} name="currentPassword" type="password" autoComplete="current-password" />}
      </Field>
      <Field id="pw-new" label="New password" errors={fieldErrors(state, "newPassword")} hint="At least 10 characters.">
        {(aria) => <input {...aria} name="newPassword" type="password" autoComplete="new-password" />}
      </Field>
      <Field id="pw-confirm" label="Repeat new password" errors={fieldErrors(state, "confirmPassword")}>
        {(aria) => <input {...aria} name="confirmPassword" type="password" autoComplete="new-password" />}
      </Field>
      <FormStatus state={state} success="Password changed. Your other sessions were signed out." name="Password status" />
      <div>
        <button type="submit" disabled={pending}>
          Change password
        </button>
      </div>
    </form>
  );
}
