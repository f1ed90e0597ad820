"use client";
import { useActionState, type ReactNode } from "react";
import type { FormAction, FormState } from "@/lib/auth/mutation";
import { FormStatus } from "./field";

/**
 * A small form bound to one server action: hidden fields, visible fields
 * (which get the last result to show errors and keep values), a status line
 * and a submit button.
 */
export function ActionForm({
  name,
  action,
  hidden,
  submitLabel,
  success,
  secondary,
  children,
}: {
  name: string;
  action: FormAction;
  hidden: Record<string, string | number>;
  submitLabel: string;
  success: string;
  secondary?: boolean;
  children?: (state: FormState) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stacked" aria-label={name} noValidate>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children?.(state)}
      <FormStatus state={state} success={success} name={`${name} status`} />
      <div>
        <button type="submit" className={secondary ? "button secondary" : undefined} disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
