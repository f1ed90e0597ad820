"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import type { FormAction } from "@/lib/auth/mutation";

/** Runs the extractor again; claims anyone worked on are kept (see lib/curation/reextract-article.ts). */
export function ReextractButton({ articleId, action }: { articleId: string; action: FormAction }) {
  const t = useTranslations("curate");
  return (
    <ActionForm name={t("reextract")} action={action} hidden={{ articleId }} submitLabel={t("reextract")} success={t("reextracted")} secondary />
  );
}
