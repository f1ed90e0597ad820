"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

export function SignInForm({ next, action }: { next: string; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stacked" aria-label="Sign in" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field id="sign-in-email" label="Email" errors={fieldErrors(state, "email")}>
        {(aria) => <input {...aria} name="email" type="email" autoComplete="username" defaultValue={keptValue(state, "email")} required />}
      </Field>
      <Field id="sign-in-password" label="Password" errors={fieldErrors(state, "password")}>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <FormStatus state={state} success="Signed in." name="Sign-in status" />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
