"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject, type FormState, type MutationResult } from "@/lib/auth/mutation";
import { setBlindReviewMutation } from "@/lib/articles/mutations";
import {
  addClaimMutation, dismissClaimMutation, editClaimMutation, mergeClaimMutation, reextractMutation, restoreClaimMutation, setCheckworthyMutation, splitClaimMutation,
} from "@/lib/curation/mutations";
import { setArticleScaleMutation } from "@/lib/ratings/mutations";
import {
  addCommentMutation, addSourceMutation, approveVerdictMutation, assignClaimMutation, bulkAssignMutation, bulkStatusMutation, saveVerdictMutation,
} from "@/lib/review/mutations";

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
    // the cached public feed (other servers' copies expire within its minute)
    revalidatePath(`/r/${result.data.articleId}/claimreview.json`);
    return result;
  }
  // A conflict means the page is stale: refresh it, and keep what the user typed.
  if (result.code === "conflict") revalidatePath("/articles/[id]", "layout");
  return { ...result, values };
}

export async function addSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(addSourceMutation, form);
}

export async function saveVerdictAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(saveVerdictMutation, form);
}

export async function approveVerdictAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(approveVerdictMutation, form);
}

export async function setBlindReviewAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(setBlindReviewMutation, form);
}

export async function addClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(addClaimMutation, form);
}

export async function editClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(editClaimMutation, form);
}

export async function splitClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(splitClaimMutation, form);
}

export async function mergeClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(mergeClaimMutation, form);
}

export async function dismissClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(dismissClaimMutation, form);
}

export async function restoreClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(restoreClaimMutation, form);
}

export async function setCheckworthyAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(setCheckworthyMutation, form);
}

export async function reextractAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(reextractMutation, form);
}

export async function assignClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(assignClaimMutation, form);
}

export async function addCommentAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(addCommentMutation, form);
}

export async function setArticleScaleAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(setArticleScaleMutation, form);
}

/** The queue's bulk form: its two submit buttons name the operation. */
export async function bulkAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(form.get("op") === "assign" ? bulkAssignMutation : bulkStatusMutation, form);
}
