"use server";
import { redirect } from "next/navigation";
import { formDataToObject, type FormState } from "@/lib/auth/mutation";
import { signInMutation, signOutMutation } from "@/lib/auth/account-mutations";

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formDataToObject(form);
  const result = await signInMutation(values);
  if (!result.ok) return { ...result, values: { email: values.email ?? "" } }; // never echo a password
  redirect(result.data.next);
}

export async function signOutAction(): Promise<void> {
  await signOutMutation({});
  redirect("/sign-in");
}
