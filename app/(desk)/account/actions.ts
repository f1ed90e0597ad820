"use server";
import { formDataToObject, type FormState } from "@/lib/auth/mutation";
import { changePasswordMutation } from "@/lib/auth/account-mutations";

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await changePasswordMutation(formDataToObject(form));
  return result; // passwords are never echoed back into the form
}
