"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { FormStatus } from "./field";

export function ApproveVerdictForm({ claimId, verdictId, version, action }: { claimId: string; verdictId: string; version: number; action: FormAction }) {
  const t = useTranslations("approval");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={t("formLabel")}>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="verdictId" value={verdictId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <FormStatus state={state} success={t("done")} name={t("statusLabel")} />
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
