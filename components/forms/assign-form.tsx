"use client";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/auth/mutation";
import { ActionForm } from "./action-form";
import { Field, fieldErrors } from "./field";
import { UserOptions } from "./user-options";

/** An editor assigns the claim to a reviewer (or to nobody). */
export function AssignForm({
  claimId,
  version,
  current,
  users,
  action,
}: {
  claimId: string;
  version: number;
  current: string | null;
  users: { id: string; name: string }[];
  action: FormAction;
}) {
  const t = useTranslations("assign");
  return (
    <ActionForm name={t("label")} action={action} hidden={{ claimId, expectedVersion: version }} submitLabel={t("submit")} success={t("done")} secondary>
      {(state) => (
        <Field id="assign-user" label={t("assignee")} errors={fieldErrors(state, "assigneeId")}>
          {(aria) => (
            <select {...aria} name="assigneeId" defaultValue={current ?? ""}>
              <UserOptions users={users} nobody={t("nobody")} />
            </select>
          )}
        </Field>
      )}
    </ActionForm>
  );
}
