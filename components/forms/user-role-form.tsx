"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { roles } from "@/lib/schemas/roles";

export function UserRoleForm({ user, action }: { user: { id: string; name: string; role: string; active: boolean }; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={`Access of ${user.name}`} style={{ display: "flex", gap: "0.5rem", alignItems: "center", flexWrap: "wrap" }}>
      <input type="hidden" name="userId" value={user.id} />
      <label>
        Role{" "}
        <select name="role" defaultValue={user.role}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" name="active" defaultChecked={user.active} /> Active
      </label>
      <button type="submit" className="button secondary" disabled={pending}>
        Save
      </button>
      <span role="status" aria-live="polite">
        {state?.ok ? "Saved." : state ? <span className="field-error">{state.message}</span> : null}
      </span>
    </form>
  );
}
