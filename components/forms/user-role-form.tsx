"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { roles } from "@/lib/schemas/roles";

export function UserRoleForm({ user, action }: { user: { id: string; name: string; role: string; active: boolean }; action: FormAction }) {
  const t = useTranslations("users");
  const tr = useTranslations("header.roles");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={t("accessOf", { name: user.name })} style={{ display: "flex", gap: "0.5rem", alignItems: "center", flexWrap: "wrap" }}>
      <input type="hidden" name="userId" value={user.id} />
      <label>
        {t("role")}{" "}
        <select name="role" defaultValue={user.role}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" name="active" defaultChecked={user.active} /> {t("active")}
      </label>
      <button type="submit" className="button secondary" disabled={pending}>
        {t("save")}
      </button>
      <span role="status" aria-live="polite">
        {state?.ok ? t("saved") : state ? <span className="field-error">{state.message}</span> : null}
      </span>
    </form>
  );
}
