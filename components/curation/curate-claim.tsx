"use client";
import type { FormAction } from "@/lib/auth/mutation";
import { ActionForm } from "@/components/forms/action-form";
import { Field, fieldErrors, keptValue } from "@/components/forms/field";

export interface CurationActions {
  edit: FormAction;
  split: FormAction;
  merge: FormAction;
  dismiss: FormAction;
  restore: FormAction;
  setCheckworthy: FormAction;
}

/** Curating one claim: wording and speaker, split, merge, dismiss or restore, check-worthiness. */
export function CurateClaim({
  claim,
  actions,
}: {
  claim: { id: string; text: string; speaker: string | null; version: number; status: string; checkworthy: boolean; dismissReason: string | null };
  actions: CurationActions;
}) {
  const base = { claimId: claim.id, expectedVersion: claim.version };
  return (
    <details className="curate">
      <summary>Edit, split, merge or dismiss this claim</summary>
      <ActionForm name="Edit claim" action={actions.edit} hidden={base} submitLabel="Save claim" success="Claim saved.">
        {(state) => (
          <>
            <Field id={`edit-text-${claim.id}`} label="Claim text" errors={fieldErrors(state, "text")}>
              {(aria) => <textarea {...aria} name="text" rows={3} defaultValue={keptValue(state, "text") ?? claim.text} />}
            </Field>
            <Field id={`edit-speaker-${claim.id}`} label="Speaker" errors={fieldErrors(state, "speaker")} hint="Leave empty when the article says it in its own voice.">
              {(aria) => <input {...aria} name="speaker" defaultValue={keptValue(state, "speaker") ?? claim.speaker ?? ""} />}
            </Field>
          </>
        )}
      </ActionForm>
      <ActionForm name="Split claim" action={actions.split} hidden={base} submitLabel="Split" success="Claim split in two." secondary>
        {(state) => (
          <Field id={`split-${claim.id}`} label="Second claim starts with" errors={fieldErrors(state, "secondPartStartsWith")} hint="Type the first words of the second part exactly.">
            {(aria) => <input {...aria} name="secondPartStartsWith" defaultValue={keptValue(state, "secondPartStartsWith")} />}
          </Field>
        )}
      </ActionForm>
      <ActionForm name="Merge claim" action={actions.merge} hidden={base} submitLabel="Merge with the next claim" success="Claims merged." secondary />
      <ActionForm
        name="Check-worthiness"
        action={actions.setCheckworthy}
        hidden={{ ...base, checkworthy: String(!claim.checkworthy) }}
        submitLabel={claim.checkworthy ? "Mark as not check-worthy" : "Mark as check-worthy"}
        success="Saved."
        secondary
      />
      {claim.status === "dismissed" ? (
        <ActionForm name="Restore claim" action={actions.restore} hidden={base} submitLabel="Restore claim" success="Claim restored." secondary>
          {() => <p>Dismissed: {claim.dismissReason}</p>}
        </ActionForm>
      ) : (
        <ActionForm name="Dismiss claim" action={actions.dismiss} hidden={base} submitLabel="Dismiss claim" success="Claim dismissed." secondary>
          {(state) => (
            <Field id={`dismiss-${claim.id}`} label="Reason for dismissing" errors={fieldErrors(state, "reason")}>
              {(aria) => <input {...aria} name="reason" defaultValue={keptValue(state, "reason")} />}
            </Field>
          )}
        </ActionForm>
      )}
    </details>
  );
}
