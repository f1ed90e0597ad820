import { signInMutation, signOutMutation } from "@/lib/auth/account-mutations";
import { jsonError } from "@/lib/http/json-error";
import { resultResponse } from "@/lib/http/mutation-route";
import { readJsonBody } from "@/lib/http/read-json";
import { assertSameOrigin } from "@/lib/http/same-origin";

/** POST /api/session { email, password } → 201 and a session cookie; the same rate limits as the sign-in form. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    return resultResponse(await signInMutation(await readJsonBody(request)));
  } catch (error) {
    return jsonError(error);
  }
}

/** DELETE /api/session → signs out. */
export async function DELETE(request: Request) {
  try {
    assertSameOrigin(request);
    return resultResponse(await signOutMutation({}));
  } catch (error) {
    return jsonError(error);
  }
}
