"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { roles } from "@/lib/schemas/roles";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

export function CreateUserForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stacked" aria-label="Add a person" style={{ maxWidth: "30rem" }} noValidate>
      <Field id="user-name" label="Name" errors={fieldErrors(state, "name")}>
        {(aria) => <input {...aria} name="name" defaultValue={keptValue(state, "name")} />}
      </Field>
      <Field id="user-email" label="Email" errors={fieldErrors(state, "email")}>
        {(aria) => <input {...aria} name="email" type="email" defaultValue={keptValue(state, "email")} />}
      </Field>
      <Field id="user-role" label="Role" errors={fieldErrors(state, "role")}>
        {(aria) => (
          <select {...aria} name="role" defaultValue={keptValue(state, "role") ?? "reviewer"}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="user-password" label="First password" errors={fieldErrors(state, "password")} hint="Tell it to the person; they change it under Account.">
        {(aria) => <input {...aria} name="password" type="password" autoComplete="new-password" />}
      </Field>
      <FormStatus state={state} success="Person added." name="Add person status" />
      <div>
        <button type="submit" disabled={pending}>
          Add person
        </button>
      </div>
    </form>
  );
}
