"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { FormStatus } from "./field";

export function ApproveVerdictForm({ claimId, verdictId, version, action }: { claimId: string; verdictId: string; version: number; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label="Approve verdict">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="verdictId" value={verdictId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <FormStatus state={state} success="Verdict approved; the claim is published." name="Approval status" />
      <button type="submit" disabled={pending}>
        Approve and publish
      </button>
    </form>
  );
}
