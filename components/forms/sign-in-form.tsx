"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

export function SignInForm({ next, action }: { next: string; action: FormAction }) {
  const t = useTranslations("signIn");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stacked" aria-label={t("formLabel")} noValidate>
      <input type="hidden" name="next" value={next} />
      <Field id="sign-in-email" label={t("email")} errors={fieldErrors(state, "email")}>
        {(aria) => <input {...aria} name="email" type="email" autoComplete="username" defaultValue={keptValue(state, "email")} required />}
      </Field>
      <Field id="sign-in-password" label={t("password")} errors={fieldErrors(state, "password")}>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <FormStatus state={state} success={t("done")} name={t("statusLabel")} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t("pending") : t("submit")}
        </button>
      </div>
    </form>
  );
}
