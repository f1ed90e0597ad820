"use server";
import { redirect } from "next/navigation";
import { formDataToObject, formDataWithFiles, type FormState } from "@/lib/auth/mutation";
import { importArticleMutation } from "@/lib/articles/mutations";

export async function importArticleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await importArticleMutation(formDataWithFiles(form));
  if (result.ok) redirect(`/articles/${result.data.articleId}`);
  return { ...result, values: formDataToObject(form) }; // the typed fields come back; a file must be chosen again
}
