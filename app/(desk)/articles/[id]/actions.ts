"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject, type FormState, type MutationResult } from "@/lib/auth/mutation";
import { addSourceMutation, saveVerdictMutation } from "@/lib/review/mutations";

/**
 * Form actions of the article page: thin adapters from FormData to the
 * lib/ mutations (which parse, authorise and write), then revalidation.
 */
async function submit<T extends { articleId: string }>(
  mutation: (input: unknown) => Promise<MutationResult<T>>,
  form: FormData,
): Promise<FormState> {
  const values = formDataToObject(form);
  const result = await mutation(values);
  if (result.ok) {
    revalidatePath(`/articles/${result.data.articleId}`, "layout");
    revalidatePath("/");
    return result;
  }
  // A conflict means the page is stale: refresh it, and keep what the user typed.
  if (result.code === "conflict") revalidatePath("/articles/[id]", "page");
  return { ...result, values };
}

export async function addSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(addSourceMutation, form);
}

export async function saveVerdictAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(saveVerdictMutation, form);
}
