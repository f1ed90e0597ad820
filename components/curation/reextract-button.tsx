"use client";
import { ActionForm } from "@/components/forms/action-form";
import type { FormAction } from "@/lib/auth/mutation";

/** Runs the extractor again; claims anyone worked on are kept (see lib/curation/reextract-article.ts). */
export function ReextractButton({ articleId, action }: { articleId: string; action: FormAction }) {
  return (
    <ActionForm name="Re-run extraction" action={action} hidden={{ articleId }} submitLabel="Re-run extraction" success="Extraction re-run; reviewed claims kept." secondary />
  );
}
