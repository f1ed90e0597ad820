import Link from "next/link";
import { getActor } from "@/lib/auth/actor";

const roleNames = { reviewer: "Reviewer", editor: "Editor", admin: "Admin" } as const;

export async function SiteHeader({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const actor = await getActor();
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Claimdesk
      </Link>
      <nav aria-label="Main">
        {actor ? <Link href="/">Articles</Link> : null}
        {actor?.role === "admin" ? <Link href="/admin/users">Users</Link> : null}
      </nav>
      <div className="account-box">
        {actor ? (
          <>
            <Link href="/account">
              {actor.name} ({roleNames[actor.role]})
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="button secondary">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <Link href="/sign-in">Sign in</Link>
        )}
      </div>
    </header>
  );
}
