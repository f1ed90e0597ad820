"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject, type FormState } from "@/lib/auth/mutation";
import { saveScaleMutation } from "@/lib/ratings/mutations";

export async function saveScaleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formDataToObject(form);
  const result = await saveScaleMutation(values);
  if (result.ok) {
    revalidatePath("/admin/scales");
    revalidatePath("/articles/[id]", "layout");
    return result;
  }
  return { ...result, values };
}
