"use client";
import { startTransition, useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/auth/mutation";
import { FormStatus } from "@/components/forms/field";
import { UserOptions } from "@/components/forms/user-options";

/**
 * Bulk assign / bulk status for the claims ticked in the queue. The row
 * checkboxes live in the (server-rendered) list and join this form through
 * their `form="bulk-form"` attribute, so ticking never re-renders the list.
 */
export function BulkActions({
  articleId,
  users,
  canAssign,
  action,
}: {
  articleId: string;
  users: { id: string; name: string }[];
  canAssign: boolean;
  action: FormAction;
}) {
  const t = useTranslations("bulk");
  const ts = useTranslations("status");
  const [state, formAction, pending] = useActionState(action, null);
  const selectAll = (checked: boolean) => {
    document.querySelectorAll<HTMLInputElement>('input[form="bulk-form"][name="claimIds"]').forEach((box) => (box.checked = checked));
  };
  // After a change the selection is done with; after an error it is kept to fix and retry.
  useEffect(() => {
    if (state?.ok) selectAll(false);
  }, [state]);
  return (
    <form
      id="bulk-form"
      className="bulk-actions"
      aria-label={t("label")}
      onSubmit={(e) => {
        // Submitted by hand so React does not reset the form (and the ticks) after a refused change.
        e.preventDefault();
        const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
    >
      <input type="hidden" name="articleId" value={articleId} />
      <label className="inline">
        <input type="checkbox" onChange={(e) => selectAll(e.currentTarget.checked)} /> {t("selectAll")}
      </label>
      {canAssign ? (
        <span className="bulk-group">
          <label htmlFor="bulk-assignee">{t("assignTo")}</label>
          <select id="bulk-assignee" name="assigneeId" defaultValue="">
            <UserOptions users={users} nobody={t("nobody")} />
          </select>
          <button type="submit" name="op" value="assign" className="button secondary small" disabled={pending}>
            {t("assign")}
          </button>
        </span>
      ) : null}
      <span className="bulk-group">
        <label htmlFor="bulk-status">{t("moveTo")}</label>
        <select id="bulk-status" name="status" defaultValue="in_review">
          {(["new", "in_review", "dismissed"] as const).map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
        <label htmlFor="bulk-reason">{t("reason")}</label>
        <input id="bulk-reason" name="reason" size={14} aria-invalid={!!(state && !state.ok && state.errors.reason)} aria-describedby={state && !state.ok && state.errors.reason ? "bulk-errors" : undefined} />
        <button type="submit" name="op" value="status" className="button secondary small" disabled={pending}>
          {t("changeStatus")}
        </button>
      </span>
      {state && !state.ok && Object.keys(state.errors).length ? (
        <p className="field-error" id="bulk-errors">
          {Object.values(state.errors).flat().join(" ")}
        </p>
      ) : null}
      <FormStatus state={state} success={state?.ok ? t("done", { count: (state.data as { count: number }).count }) : ""} name={t("statusLabel")} />
    </form>
  );
}
