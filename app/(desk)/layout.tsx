import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getActor } from "@/lib/auth/actor";

/** The desk is for signed-in people only; anyone else is sent to sign in and brought back. */
export default async function DeskLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) {
    const path = (await headers()).get("x-claimdesk-path") ?? "/";
    redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  }
  return children;
}
