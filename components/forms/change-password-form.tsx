"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { Field, FormStatus, fieldErrors } from "./field";

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stacked" aria-label={t("changePassword")} noValidate>
      <Field id="pw-current" label={t("current")} errors={fieldErrors(state, "currentPassword")}>
        {(aria) => <input {...aria} name="currentPassword" type="password" autoComplete="current-password" />}
      </Field>
      <Field id="pw-new" label={t("new")} errors={fieldErrors(state, "newPassword")} hint={t("newHint")}>
        {(aria) => <input {...aria} name="newPassword" type="password" autoComplete="new-password" />}
      </Field>
      <Field id="pw-confirm" label={t("repeat")} errors={fieldErrors(state, "confirmPassword")}>
        {(aria) => <input {...aria} name="confirmPassword" type="password" autoComplete="new-password" />}
      </Field>
      <FormStatus state={state} success={t("changed")} name={t("statusLabel")} />
      <div>
        <button type="submit" disabled={pending}>
          {t("changePassword")}
        </button>
      </div>
    </form>
  );
}
