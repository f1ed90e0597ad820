"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

export interface VerdictOption {
  id: string;
  label: string;
}

export function VerdictForm({
  claimId,
  version,
  ratings,
  current,
  action,
}: {
  claimId: string;
  version: number;
  ratings: VerdictOption[];
  current: { ratingId: string; rationale: string } | null;
  action: FormAction;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const kept = (name: string) => keptValue(state, name);
  return (
    <form action={formAction} className="stacked" aria-label="Verdict" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Field id="verdict-rating" label="Verdict" errors={fieldErrors(state, "ratingId")}>
        {(aria) => (
          <select {...aria} name="ratingId" defaultValue={kept("ratingId") ?? current?.ratingId ?? ""}>
            <option value="">Choose a verdict…</option>
            {ratings.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="verdict-rationale" label="Rationale" errors={fieldErrors(state, "rationale")} hint="Why this verdict: what the sources show. Markdown allowed.">
        {(aria) => <textarea {...aria} name="rationale" rows={6} defaultValue={kept("rationale") ?? current?.rationale ?? ""} />}
      </Field>
      <FormStatus state={state} success="Verdict saved." name="Verdict status" />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save verdict"}
        </button>
      </div>
    </form>
  );
}
