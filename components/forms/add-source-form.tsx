"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { stanceLabels, stances } from "@/lib/schemas/source";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

export function AddSourceForm({ claimId, action }: { claimId: string; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const kept = (name: string) => keptValue(state, name);
  return (
    <form action={formAction} className="stacked" aria-label="Add source" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <Field id="source-url" label="Source URL" errors={fieldErrors(state, "url")}>
        {(aria) => <input {...aria} name="url" type="url" inputMode="url" defaultValue={kept("url")} placeholder="https://" required />}
      </Field>
      <Field id="source-title" label="Title" errors={fieldErrors(state, "title")}>
        {(aria) => <input {...aria} name="title" defaultValue={kept("title")} required />}
      </Field>
      <Field id="source-publisher" label="Publisher" errors={fieldErrors(state, "publisher")}>
        {(aria) => <input {...aria} name="publisher" defaultValue={kept("publisher")} />}
      </Field>
      <Field id="source-excerpt" label="Excerpt" errors={fieldErrors(state, "excerpt")} hint="The passage that bears on the claim, quoted exactly.">
        {(aria) => <textarea {...aria} name="excerpt" rows={3} defaultValue={kept("excerpt")} />}
      </Field>
      <Field id="source-stance" label="Stance" errors={fieldErrors(state, "stance")}>
        {(aria) => (
          <select {...aria} name="stance" defaultValue={kept("stance") ?? "supports"}>
            {stances.map((s) => (
              <option key={s} value={s}>
                {stanceLabels[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="source-archive" label="Archive URL" errors={fieldErrors(state, "archiveUrl")} hint="Optional: a saved copy, e.g. on the Wayback Machine.">
        {(aria) => <input {...aria} name="archiveUrl" type="url" defaultValue={kept("archiveUrl")} />}
      </Field>
      <FormStatus state={state} success="Source added." name="Add source status" />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add source"}
        </button>
      </div>
    </form>
  );
}
