"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";

export function BlindReviewToggle({ articleId, enabled, action }: { articleId: string; enabled: boolean; action: FormAction }) {
  const t = useTranslations("blind");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={t("setting")} style={{ display: "inline-flex", gap: "0.5rem", alignItems: "center" }}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="blindReview" value={enabled ? "false" : "true"} />
      <span>{enabled ? t("isOn") : t("isOff")}</span>
      <button type="submit" className="button secondary" disabled={pending}>
        {enabled ? t("turnOff") : t("turnOn")}
      </button>
      {state && !state.ok ? (
        <span role="status" className="field-error">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
