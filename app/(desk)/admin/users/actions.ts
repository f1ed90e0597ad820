"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject, type FormState } from "@/lib/auth/mutation";
import { createUserMutation, updateUserMutation } from "@/lib/users/mutations";

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const all = formDataToObject(form);
  const result = await createUserMutation(all);
  if (result.ok) revalidatePath("/admin/users");
  // Keep what was typed, except the password.
  return result.ok ? result : { ...result, values: { name: all.name ?? "", email: all.email ?? "", role: all.role ?? "" } };
}

export async function updateUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await updateUserMutation(formDataToObject(form));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
