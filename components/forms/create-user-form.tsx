"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { roles } from "@/lib/schemas/roles";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

export function CreateUserForm({ action }: { action: FormAction }) {
  const t = useTranslations("users");
  const tr = useTranslations("header.roles");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stacked" aria-label={t("add")} style={{ maxWidth: "30rem" }} noValidate>
      <Field id="user-name" label={t("name")} errors={fieldErrors(state, "name")}>
        {(aria) => <input {...aria} name="name" defaultValue={keptValue(state, "name")} />}
      </Field>
      <Field id="user-email" label={t("email")} errors={fieldErrors(state, "email")}>
        {(aria) => <input {...aria} name="email" type="email" defaultValue={keptValue(state, "email")} />}
      </Field>
      <Field id="user-role" label={t("role")} errors={fieldErrors(state, "role")}>
        {(aria) => (
          <select {...aria} name="role" defaultValue={keptValue(state, "role") ?? "reviewer"}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="user-password" label={t("firstPassword")} errors={fieldErrors(state, "password")} hint={t("firstPasswordHint")}>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="new-password" />}
      </Field>
      <FormStatus state={state} success={t("added")} name={t("statusLabel")} />
      <div>
        <button type="submit" disabled={pending}>
          {t("addSubmit")}
        </button>
      </div>
    </form>
  );
}
